import { isolate } from "../isolate";
import type { Messages } from "../Messages";

// The digits are named: engines disagree on which ones Arabic uses by default (newer CLDR data
// says Latin digits, older says Arabic-Indic), and the prerender's Node and the reader's browser
// must write the same page. Latin digits also match the numbers in most Arabic news text.
// Each number and each piece of story text put into a sentence is isolated, so that Latin digits
// and English names inside this right-to-left text keep their own order (see isolate.ts).
const latinDigits = new Intl.NumberFormat("ar", { useGrouping: false, numberingSystem: "latn" });
const digits = latinDigits.format;
const number = (value: number) => isolate(digits(value));
const plural = new Intl.PluralRules("ar");

/** Arabic (العربية). Arabic has six plural forms: zero, one, two, few (3–10), many (11–99), other. */
export default {
  skipToStory: "انتقل إلى القصة",
  storyNavigation: "القصة",
  allStories: "كل القصص",
  counter: (slideNumber, count) => `${number(slideNumber)} / ${number(count)}`,
  slideOfCount: (slideNumber, count) => `الشريحة ${number(slideNumber)} من ${number(count)}`,
  slideSteps: "الشرائح",
  previousSlide: "الشريحة السابقة",
  nextSlide: "الشريحة التالية",
  slideTitle: (title, slideNumber, count, headline) =>
    `${isolate(title)} (${number(slideNumber)}/${number(count)}) · ${isolate(headline)}`,
  announcement: (kind, slideNumber, count, words) =>
    `${kind === "photo" ? "الصورة" : "الشريحة"} ${number(slideNumber)} من ${number(count)}: ${isolate(words)}`,

  readMore: "اقرأ المزيد",
  showLess: "عرض أقل",
  description: "الوصف",
  photoLabel: "تصوير:",
  originalReport: "التقرير الأصلي:",
  loadingSlide: (slideNumber) => `جارٍ تحميل الشريحة ${number(slideNumber)}…`,
  photoUnavailable: "الصورة غير متاحة",
  slideFailed: "تعذّر عرض هذه الشريحة.",
  slideFailedGoOn: "تستمر القصة: الشريحة التالية في الأسفل.",
  slideFailedLast: "كانت هذه الشريحة الأخيرة.",

  contents: "المحتويات",
  closeContents: "إغلاق المحتويات",
  contentsNumber: (slideNumber) => digits(slideNumber),
  untitledSlide: (slideNumber) => `الشريحة ${number(slideNumber)}`,

  otherLanguages: "لغات أخرى",

  share: "مشاركة",
  linkCopied: "تم نسخ الرابط",
  copyThisLink: "انسخ هذا الرابط:",
  linkToThisSlide: "رابط هذه الشريحة",
  embed: "تضمين",
  embedThisSlide: "تضمين هذه الشريحة",
  embedCodeLabel: "الرمز الذي تلصقه في صفحتك",
  copyCode: "نسخ الرمز",
  codeCopied: "تم نسخ الرمز",

  openFullStory: "فتح القصة كاملة",

  enlargePhoto: "تكبير الصورة",
  enlargedPhoto: "الصورة مكبّرة",
  closePhoto: "إغلاق الصورة",
  zoomFailed: "تعذّر تحميل الصورة المكبّرة. تحقّق من الاتصال وحاول مرة أخرى.",
  tryAgain: "حاول مرة أخرى",
  close: "إغلاق",

  siteTitle: "قصص مصوّرة",
  siteDescription: "أخبار تُروى بالصور، شريحة واحدة تملأ الشاشة في كل مرة.",
  alsoIn: "بلغات أخرى:",
  slideCount: (count) => {
    switch (plural.select(count)) {
      case "zero":
        return "لا شرائح";
      case "one":
        return "شريحة واحدة";
      case "two":
        return "شريحتان";
      case "few":
        return `${digits(count)} شرائح`;
      default:
        return `${digits(count)} شريحة`;
    }
  },

  notFoundTitle: "الصفحة غير موجودة",
  notFoundDescription: "هذه الصفحة ليست جزءًا من أي قصة.",
  notFoundKicker: "خطأ 404",
  notFoundHeading: "هذه الصفحة ليست جزءًا من أي قصة",
  notFoundLede: "ربما كُتب العنوان خطأً، أو أن الشريحة التي يشير إليها غير موجودة.",
  startReading: (headline) => `ابدأ القراءة: ${isolate(headline)}`,
  seeAllStories: "عرض كل القصص",

  theEnd: "النهاية",
  toTheEnding: "إلى نهاية القصة",
  endingTitle: (headline) => `النهاية · ${isolate(headline)}`,
  endingAnnouncement: "انتهت القصة. اقرأها مجددًا، أو شاركها، أو اختر قصة أخرى.",
  readAgain: "اقرأ مجددًا من البداية",
  shareStory: "شارك هذه القصة",
  linkToThisStory: "رابط هذه القصة",
  moreStories: "قصص أخرى",

  pageFailedKicker: "حدث خطأ ما",
  pageFailedHeading: "تعذّر عرض هذه الصفحة",
  pageFailedLede: "غالبًا ما تفيد إعادة التحميل. القصص نفسها سليمة.",
  reloadPage: "أعد تحميل هذه الصفحة",
} satisfies Messages;

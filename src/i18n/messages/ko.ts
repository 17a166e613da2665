import { embedText } from "../isolate";
import type { Messages } from "../Messages";

const number = new Intl.NumberFormat("ko", { useGrouping: false }).format;

/** Korean (한국어). Korean counts with a counter word (장, 개) and has one plural form. */
export default {
  skipToStory: "본문으로 건너뛰기",
  storyNavigation: "기사",
  allStories: "모든 기사",
  counter: (slideNumber, count) => `${number(slideNumber)} / ${number(count)}`,
  slideOfCount: (slideNumber, count) => `슬라이드 ${number(count)}개 중 ${number(slideNumber)}번째`,
  slideSteps: "슬라이드",
  previousSlide: "이전 슬라이드",
  nextSlide: "다음 슬라이드",
  slideTitle: (title, slideNumber, count, headline) =>
    `${embedText(title)} (${number(slideNumber)}/${number(count)}) · ${embedText(headline)}`,
  announcement: (kind, slideNumber, count, words) =>
    kind === "photo"
      ? `사진 ${number(count)}장 중 ${number(slideNumber)}번째: ${embedText(words)}`
      : `슬라이드 ${number(count)}개 중 ${number(slideNumber)}번째: ${embedText(words)}`,

  readMore: "더 보기",
  showLess: "접기",
  description: "설명",
  photoLabel: "사진:",
  originalReport: "원문 기사:",
  loadingSlide: (slideNumber) => `슬라이드 ${number(slideNumber)} 불러오는 중…`,
  photoUnavailable: "사진을 불러올 수 없음",
  slideFailed: "이 슬라이드를 표시할 수 없습니다.",
  slideFailedGoOn: "기사는 계속됩니다. 다음 슬라이드는 아래에 있습니다.",
  slideFailedLast: "마지막 슬라이드입니다.",

  contents: "목차",
  closeContents: "목차 닫기",
  contentsNumber: (slideNumber) => number(slideNumber),
  untitledSlide: (slideNumber) => `슬라이드 ${number(slideNumber)}`,

  otherLanguages: "다른 언어",

  share: "공유",
  linkCopied: "링크를 복사했습니다",
  copyThisLink: "이 링크를 복사하세요:",
  linkToThisSlide: "이 슬라이드의 링크",
  embed: "퍼가기",
  embedThisSlide: "이 슬라이드 퍼가기",
  embedCodeLabel: "내 페이지에 붙여 넣을 코드",
  copyCode: "코드 복사",
  codeCopied: "코드를 복사했습니다",

  openFullStory: "전체 기사 열기",

  enlargePhoto: "사진 확대",
  enlargedPhoto: "확대한 사진",
  closePhoto: "사진 닫기",
  zoomFailed: "확대한 사진을 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.",
  tryAgain: "다시 시도",
  close: "닫기",

  siteTitle: "포토 스토리",
  siteDescription: "사진으로 전하는 뉴스, 한 장씩 전체 화면으로.",
  alsoIn: "다른 언어로 읽기:",
  slideCount: (count) => `슬라이드 ${number(count)}장`,

  notFoundTitle: "페이지를 찾을 수 없음",
  notFoundDescription: "이 페이지는 어느 기사에도 속하지 않습니다.",
  notFoundKicker: "오류 404",
  notFoundHeading: "이 페이지는 어느 기사에도 속하지 않습니다",
  notFoundLede: "주소를 잘못 입력했거나, 주소가 가리키는 슬라이드가 없을 수 있습니다.",
  startReading: (headline) => `읽기 시작: ${embedText(headline)}`,
  seeAllStories: "모든 기사 보기",

  theEnd: "끝",
  toTheEnding: "기사의 끝으로",
  endingTitle: (headline) => `끝 · ${embedText(headline)}`,
  endingAnnouncement: "기사가 끝났습니다. 다시 읽거나, 공유하거나, 다른 기사를 고르세요.",
  readAgain: "처음부터 다시 읽기",
  shareStory: "이 기사 공유",
  linkToThisStory: "이 기사의 링크",
  moreStories: "다른 기사",

  pageFailedKicker: "문제가 발생했습니다",
  pageFailedHeading: "이 페이지를 표시할 수 없습니다",
  pageFailedLede: "새로고침하면 대개 해결됩니다. 기사 자체에는 문제가 없습니다.",
  reloadPage: "이 페이지 새로고침",
} satisfies Messages;

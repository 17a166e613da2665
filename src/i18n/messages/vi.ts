import { embedText } from "../isolate";
import type { Messages } from "../Messages";

const number = new Intl.NumberFormat("vi", { useGrouping: false }).format;

/** Vietnamese (tiếng Việt). Vietnamese nouns do not change with a count: one plural form. */
export default {
  skipToStory: "Chuyển đến bài viết",
  storyNavigation: "Bài viết",
  allStories: "Tất cả bài viết",
  counter: (slideNumber, count) => `${number(slideNumber)} / ${number(count)}`,
  slideOfCount: (slideNumber, count) => `Trang ${number(slideNumber)} trên ${number(count)}`,
  slideSteps: "Các trang",
  previousSlide: "Trang trước",
  nextSlide: "Trang sau",
  slideTitle: (title, slideNumber, count, headline) =>
    `${embedText(title)} (${number(slideNumber)}/${number(count)}) · ${embedText(headline)}`,
  announcement: (kind, slideNumber, count, words) =>
    `${kind === "photo" ? "Ảnh" : "Trang"} ${number(slideNumber)} trên ${number(count)}: ${embedText(words)}`,

  readMore: "Xem thêm",
  showLess: "Thu gọn",
  description: "Mô tả",
  photoLabel: "Ảnh:",
  originalReport: "Bài gốc:",
  loadingSlide: (slideNumber) => `Đang tải trang ${number(slideNumber)}…`,
  photoUnavailable: "Không tải được ảnh",
  slideFailed: "Không thể hiển thị trang này.",
  slideFailedGoOn: "Bài viết vẫn tiếp tục: trang tiếp theo ở bên dưới.",
  slideFailedLast: "Đây là trang cuối cùng.",

  contents: "Mục lục",
  closeContents: "Đóng mục lục",
  contentsNumber: (slideNumber) => number(slideNumber),
  untitledSlide: (slideNumber) => `Trang ${number(slideNumber)}`,

  otherLanguages: "Ngôn ngữ khác",

  share: "Chia sẻ",
  linkCopied: "Đã sao chép liên kết",
  copyThisLink: "Sao chép liên kết này:",
  linkToThisSlide: "Liên kết đến trang này",
  embed: "Nhúng",
  embedThisSlide: "Nhúng trang này",
  embedCodeLabel: "Mã để dán vào trang của bạn",
  copyCode: "Sao chép mã",
  codeCopied: "Đã sao chép mã",

  openFullStory: "Mở toàn bộ bài viết",

  enlargePhoto: "Phóng to ảnh",
  enlargedPhoto: "Ảnh phóng to",
  closePhoto: "Đóng ảnh",
  zoomFailed: "Không tải được ảnh phóng to. Hãy kiểm tra kết nối và thử lại.",
  tryAgain: "Thử lại",
  close: "Đóng",

  siteTitle: "Phóng sự ảnh",
  siteDescription: "Tin tức kể bằng ảnh, mỗi trang một ảnh toàn màn hình.",
  alsoIn: "Các ngôn ngữ khác:",
  slideCount: (count) => `${number(count)} trang`,

  notFoundTitle: "Không tìm thấy trang",
  notFoundDescription: "Trang này không thuộc bài viết nào.",
  notFoundKicker: "Lỗi 404",
  notFoundHeading: "Trang này không thuộc bài viết nào",
  notFoundLede: "Có thể địa chỉ bị gõ sai, hoặc trang mà địa chỉ chỉ đến không tồn tại.",
  startReading: (headline) => `Bắt đầu đọc: ${embedText(headline)}`,
  seeAllStories: "Xem tất cả bài viết",

  theEnd: "Hết",
  toTheEnding: "Đến phần kết của bài viết",
  endingTitle: (headline) => `Hết · ${embedText(headline)}`,
  endingAnnouncement: "Hết bài. Bạn có thể đọc lại, chia sẻ bài viết hoặc chọn một bài viết khác.",
  readAgain: "Đọc lại từ đầu",
  shareStory: "Chia sẻ bài viết",
  linkToThisStory: "Liên kết đến bài viết này",
  moreStories: "Bài viết khác",

  pageFailedKicker: "Đã xảy ra lỗi",
  pageFailedHeading: "Không thể hiển thị trang này",
  pageFailedLede: "Tải lại trang thường sẽ khắc phục được. Các bài viết vẫn nguyên vẹn.",
  reloadPage: "Tải lại trang này",
} satisfies Messages;

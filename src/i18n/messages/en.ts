import { embedText } from "../isolate";
import type { Messages } from "../Messages";

// Slide numbers are positions, written as the address writes them: no thousands separator.
const number = new Intl.NumberFormat("en", { useGrouping: false }).format;
const plural = new Intl.PluralRules("en");

/** English: the reference language, and the one the site falls back to. */
export default {
  skipToStory: "Skip to the story",
  storyNavigation: "Story",
  allStories: "All stories",
  counter: (slideNumber, count) => `${number(slideNumber)} / ${number(count)}`,
  slideOfCount: (slideNumber, count) => `Slide ${number(slideNumber)} of ${number(count)}`,
  slideSteps: "Slides",
  previousSlide: "Previous slide",
  nextSlide: "Next slide",
  slideTitle: (title, slideNumber, count, headline) =>
    `${embedText(title)} (${number(slideNumber)}/${number(count)}) · ${embedText(headline)}`,
  announcement: (kind, slideNumber, count, words) =>
    `${kind === "photo" ? "Photo" : "Slide"} ${number(slideNumber)} of ${number(count)}: ${embedText(words)}`,

  readMore: "Read more",
  showLess: "Show less",
  description: "Description",
  photoLabel: "Photo:",
  originalReport: "Original report:",
  loadingSlide: (slideNumber) => `Loading slide ${number(slideNumber)}…`,
  photoUnavailable: "Photo unavailable",
  slideFailed: "This slide could not be shown.",
  slideFailedGoOn: "The rest of the story goes on: the next slide is below.",
  slideFailedLast: "This was the last slide.",

  contents: "Contents",
  closeContents: "Close contents",
  contentsNumber: (slideNumber) => number(slideNumber),
  untitledSlide: (slideNumber) => `Slide ${number(slideNumber)}`,

  otherLanguages: "Other languages",

  share: "Share",
  linkCopied: "Link copied",
  copyThisLink: "Copy this link:",
  linkToThisSlide: "Link to this slide",
  embed: "Embed",
  embedThisSlide: "Embed this slide",
  embedCodeLabel: "Code to paste into your page",
  copyCode: "Copy code",
  codeCopied: "Code copied",

  openFullStory: "Open the full story",

  enlargePhoto: "Enlarge photo",
  enlargedPhoto: "Photo, enlarged",
  closePhoto: "Close photo",
  zoomFailed: "The enlarged photo could not be loaded. Check the connection and try again.",
  tryAgain: "Try again",
  close: "Close",

  siteTitle: "Photo stories",
  siteDescription: "News told in photos, one full-screen slide at a time.",
  alsoIn: "Also in",
  slideCount: (count) =>
    plural.select(count) === "one" ? `${number(count)} slide` : `${number(count)} slides`,

  notFoundTitle: "Page not found",
  notFoundDescription: "This page is not part of any story.",
  notFoundKicker: "Error 404",
  notFoundHeading: "This page is not part of any story",
  notFoundLede: "The address may be mistyped, or the slide it names may not exist.",
  startReading: (headline) => `Start reading: ${embedText(headline)}`,
  seeAllStories: "See all stories",

  theEnd: "The end",
  toTheEnding: "To the end of the story",
  endingTitle: (headline) => `The end · ${embedText(headline)}`,
  endingAnnouncement: "The end of the story. Read it again, share it, or choose another story.",
  readAgain: "Read again from the start",
  shareStory: "Share this story",
  linkToThisStory: "Link to this story",
  moreStories: "More stories",

  pageFailedKicker: "Something went wrong",
  pageFailedHeading: "This page could not be shown",
  pageFailedLede: "Reloading often helps. The stories themselves are safe.",
  reloadPage: "Reload this page",
} satisfies Messages;

import type { WriteSlideTitle } from "../story/documentTitle";
import type { WriteAnnouncement } from "../story/slideAnnouncement";

/**
 * Every string the interface shows or speaks, in one language. English (messages/en.ts) is the
 * reference; each language's module `satisfies` this type, so a key missing from a language, or
 * one no other language has, fails the typecheck and names it. Messages that hold a number are
 * functions, so that each language writes its numbers and plurals by its own rules.
 *
 * Story text is never here: it arrives as story.json wrote it.
 */
export interface Messages {
  // The bar and the steps.
  /** The link that jumps over the bar to the story. */
  skipToStory: string;
  /** The name of the bar's navigation. */
  storyNavigation: string;
  /** The name of the bar's link to the story list. */
  allStories: string;
  /** The counter as it is shown: "3 / 7". */
  counter: (slideNumber: number, count: number) => string;
  /** Where a slide stands, for screen readers (the counter, each slide's region): "Slide 3 of 7". */
  slideOfCount: (slideNumber: number, count: number) => string;
  /** The name of the previous/next buttons' navigation. */
  slideSteps: string;
  previousSlide: string;
  nextSlide: string;
  /** The document title of a slide past the first: "Title (3/7) · Headline". */
  slideTitle: WriteSlideTitle;
  /** What a screen reader hears when a slide becomes current: "Photo 3 of 7: caption". */
  announcement: WriteAnnouncement;

  // A slide.
  readMore: string;
  showLess: string;
  /** The disclosure that holds a photo's long description. */
  description: string;
  /** Before a photo's credit: "Photo:" (followed by a space and the credit). */
  photoLabel: string;
  /** Before the story's credit line on the last slide: "Original report:". */
  originalReport: string;
  /** A slide whose data has not arrived: "Loading slide 500…". */
  loadingSlide: (slideNumber: number) => string;
  /** Shown over a photo that failed, before its alt text. */
  photoUnavailable: string;
  slideFailed: string;
  slideFailedGoOn: string;
  slideFailedLast: string;

  // The contents view.
  contents: string;
  closeContents: string;
  /** A slide's number in the contents list. */
  contentsNumber: (slideNumber: number) => string;
  /** A slide in the contents list whose title has not arrived: "Slide 3". */
  untitledSlide: (slideNumber: number) => string;

  // The story in other languages.
  /** The bar's list of the story's language versions, and the name its button adds to the code. */
  otherLanguages: string;

  // Sharing.
  share: string;
  linkCopied: string;
  copyThisLink: string;
  linkToThisSlide: string;
  /** The share control's second offer: code for another site to show this slide. */
  embed: string;
  /** The name of the embed code's panel. */
  embedThisSlide: string;
  /** The label of the field that holds the embed code. */
  embedCodeLabel: string;
  copyCode: string;
  codeCopied: string;

  // An embed on another site.
  /** The embed's link to the same slide on the site. */
  openFullStory: string;

  // The enlarged photo.
  enlargePhoto: string;
  /** The enlarged view's name (yet-another-react-lightbox's "Lightbox" label). */
  enlargedPhoto: string;
  closePhoto: string;
  zoomFailed: string;
  tryAgain: string;
  close: string;

  // The story list.
  siteTitle: string;
  siteDescription: string;
  /** Before the other languages of a story on the list: "Also in" English, Korean. */
  alsoIn: string;
  /** A story's length on the list: "7 slides". */
  slideCount: (count: number) => string;

  // The not-found page.
  notFoundTitle: string;
  notFoundDescription: string;
  notFoundKicker: string;
  notFoundHeading: string;
  notFoundLede: string;
  startReading: (headline: string) => string;
  seeAllStories: string;

  // The ending: the closing screen after the last slide.
  /** What the ending is called, as its heading and region say: "The end". */
  theEnd: string;
  /** The last slide's next step, which leads to the ending. */
  toTheEnding: string;
  /** The ending's document title: "The end · Headline". */
  endingTitle: (headline: string) => string;
  /** What a screen reader hears when the reader arrives at the ending. */
  endingAnnouncement: string;
  /** The link back to the first slide. */
  readAgain: string;
  /** The ending's share button, which shares the story (its first slide). */
  shareStory: string;
  /** The name of the story's address, shown as a link to copy without JavaScript. */
  linkToThisStory: string;
  /** The heading over the other stories. */
  moreStories: string;

  // A page that could not be drawn.
  pageFailedKicker: string;
  pageFailedHeading: string;
  pageFailedLede: string;
  reloadPage: string;
}

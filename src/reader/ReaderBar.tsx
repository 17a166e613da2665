import { BarCounter } from "../bar/BarCounter";
import { BarProgress } from "../bar/BarProgress";
import type { ComponentProps } from "react";
import { Link } from "react-router";
import { useMessages } from "../i18n/useMessages";
import { Icon } from "../icons/Icon";
import { SITE } from "../publishing/site";
import { EmbedButton } from "../sharing/EmbedButton";
import { ShareButton } from "../sharing/ShareButton";
import { slideEmbedCode } from "../embed/slideEmbedCode";
import { shareTarget } from "../sharing/shareTarget";
import type { Story } from "../story/storyTypes";
import { LanguageSwitch } from "./LanguageSwitch";

interface ReaderBarProps {
  story: Story;
  /** The reader's stop: a slide, or the ending after the last (see StoryReader). */
  slideNumber: number;
  /** The slide in view, which may run ahead of `slideNumber` mid-scroll. */
  viewNumber: number;
  onOpenContents: () => void;
  /** Told when the share button has shared the slide (see ShareButton). */
  onShared: ComponentProps<typeof ShareButton>["onShared"];
}

/** The bar over the story: the way home, the headline, where you are, and the contents. */
export function ReaderBar({
  story,
  slideNumber,
  viewNumber,
  onOpenContents,
  onShared,
}: ReaderBarProps) {
  const say = useMessages();
  const count = story.slides.length;
  // The ending counts as the last slide, and shares the story from its start.
  const shown = Math.min(slideNumber, count);
  const shared = slideNumber > count ? 1 : slideNumber;
  return (
    <header className="bar">
      <BarProgress viewNumber={viewNumber} count={count} />
      <nav className="bar__row" aria-label={say.storyNavigation}>
        <Link className="bar__home" to="/" aria-label={say.allStories}>
          <Icon name="menu" />
        </Link>
        <p className="bar__title" lang={story.lang} aria-hidden="true">
          {story.headline}
        </p>
        <BarCounter slideNumber={shown} count={count} />
        <LanguageSwitch story={story} slideNumber={slideNumber} />
        <ShareButton target={shareTarget(SITE, story, shared)} onShared={onShared} />
        <EmbedButton code={slideEmbedCode(SITE, story, shown, say)} />
        <button
          type="button"
          className="bar__button"
          onClick={onOpenContents}
          aria-haspopup="dialog"
        >
          {say.contents}
        </button>
      </nav>
    </header>
  );
}

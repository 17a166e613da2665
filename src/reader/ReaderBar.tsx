import type { ComponentProps } from "react";
import { Link } from "react-router";
import { useInterfaceDirection, useMessages } from "../i18n/useMessages";
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
  const interfaceDirection = useInterfaceDirection();
  const count = story.slides.length;
  // The ending counts as the last slide, and shares the story from its start.
  const shown = Math.min(slideNumber, count);
  const shared = slideNumber > count ? 1 : slideNumber;
  return (
    <header className="bar">
      <div className="bar__progress" aria-hidden="true">
        <div
          className="bar__progress-fill"
          data-part="progress"
          style={{ transform: `scaleX(${viewNumber / count})` }}
        />
      </div>
      <nav className="bar__row" aria-label={say.storyNavigation}>
        <Link className="bar__home" to="/" aria-label={say.allStories}>
          <Icon name="menu" />
        </Link>
        <p className="bar__title" lang={story.lang} aria-hidden="true">
          {story.headline}
        </p>
        {/* Numbers alone take the page's direction; the counter reads as its language writes it. */}
        <p className="bar__counter" dir={interfaceDirection}>
          <span aria-hidden="true">{say.counter(shown, count)}</span>
          <span className="visually-hidden">{say.slideOfCount(shown, count)}</span>
        </p>
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

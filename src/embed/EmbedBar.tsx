import { BarCounter } from "../bar/BarCounter";
import { BarProgress } from "../bar/BarProgress";
import { useMessages } from "../i18n/useMessages";
import { SITE } from "../publishing/site";
import { sitePath } from "../publishing/siteAddress";
import { slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";

interface EmbedBarProps {
  story: Story;
  slideNumber: number;
  /** The slide in view, which may run ahead of `slideNumber` mid-scroll. */
  viewNumber: number;
}

/**
 * The bar of an embed: the headline, where you are, and the way to the same slide on the site, in
 * a new tab, so the page that frames the story stays where its reader left it.
 */
export function EmbedBar({ story, slideNumber, viewNumber }: EmbedBarProps) {
  const say = useMessages();
  const count = story.slides.length;
  return (
    <header className="bar">
      <BarProgress viewNumber={viewNumber} count={count} />
      <nav className="bar__row" aria-label={say.storyNavigation}>
        <p className="bar__title" lang={story.lang} aria-hidden="true">
          {story.headline}
        </p>
        <BarCounter slideNumber={slideNumber} count={count} />
        <a
          className="bar__button"
          href={sitePath(SITE, slidePath(story.slug, slideNumber))}
          target="_blank"
          rel="noopener"
        >
          {say.openFullStory}
        </a>
      </nav>
    </header>
  );
}

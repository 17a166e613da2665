import type { Slide, Story } from "../story/storyTypes";
import { formatDateline } from "../story/dateline";
import { useMessages } from "../i18n/useMessages";

interface SlideTextProps {
  story: Story;
  slide: Slide;
  /** The id of the slide's title, which names its figure. */
  titleId: string;
  isFirst: boolean;
  isLast: boolean;
}

/** The words of a slide: the story's heading on the first, its title, caption, text and credit. */
export function SlideText({ story, slide, titleId, isFirst, isLast }: SlideTextProps) {
  const say = useMessages();
  return (
    <>
      {isFirst ? (
        <header>
          <h1 className="cover__headline">{story.headline}</h1>
          <h2 id={titleId} className="visually-hidden">
            {slide.title}
          </h2>
          <p className="cover__dateline">
            <time dateTime={story.published}>
              {formatDateline(story.published, story.timeZoneLabel)}
            </time>
          </p>
          <p className="cover__standfirst">{story.standfirst}</p>
        </header>
      ) : (
        <h2 id={titleId} className="slide__title">
          {slide.title}
        </h2>
      )}
      {slide.caption !== undefined && (
        <p className="slide__caption" data-part="caption">
          {slide.caption}
        </p>
      )}
      {slide.body.map((paragraph, index) => (
        <p key={index} className="slide__body">
          {paragraph}
        </p>
      ))}
      {isLast && story.credit !== undefined && (
        <p className="slide__credit">
          <span>{say.originalReport} </span>
          {story.credit}
        </p>
      )}
    </>
  );
}

import { useRef } from "react";
import { Link } from "react-router";
import { useMessages } from "../i18n/useMessages";
import { versionSlide } from "../story/languageVersions";
import { endingPath, slidePath } from "../story/slidePath";
import type { Story } from "../story/storyTypes";

/** The popover's id: one bar per page. */
const LANGUAGES_ID = "language-versions";

/**
 * The story in its other languages: a button in the bar that opens a list of the versions, each
 * named in its own language and linked to the slide that stands for this one (from the ending,
 * to the version's ending). The list is a
 * native popover, so the prerendered page opens it before and without JavaScript.
 */
export function LanguageSwitch({ story, slideNumber }: { story: Story; slideNumber: number }) {
  const say = useMessages();
  const list = useRef<HTMLDivElement>(null);
  if (story.versions.length < 2) return null;
  const code = story.lang.split("-")[0]?.toUpperCase();
  return (
    <>
      {/* Its name starts with what it shows, for those who call a button by its label. */}
      <button
        type="button"
        className="bar__button"
        popoverTarget={LANGUAGES_ID}
        aria-label={`${code}, ${say.otherLanguages}`}
      >
        {code}
      </button>
      <div ref={list} id={LANGUAGES_ID} className="bar__popover languages" popover="auto">
        <p className="languages__title" id={`${LANGUAGES_ID}-title`}>
          {say.otherLanguages}
        </p>
        <ul className="languages__list" aria-labelledby={`${LANGUAGES_ID}-title`}>
          {story.versions.map((version) => (
            <li key={version.slug}>
              <Link
                className="languages__link"
                to={
                  slideNumber > story.slides.length
                    ? endingPath(version.slug)
                    : slidePath(version.slug, versionSlide(version, slideNumber))
                }
                hrefLang={version.lang}
                lang={version.lang}
                aria-current={version.slug === story.slug ? "page" : undefined}
                onClick={() => list.current?.hidePopover?.()}
              >
                {version.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

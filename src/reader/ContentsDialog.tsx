import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { useMessages } from "../i18n/useMessages";
import { IconButton } from "../icons/IconButton";
import { slidePath } from "../story/slidePath";
import { useFocusTrap } from "./useFocusTrap";
import type { Story } from "../story/storyTypes";
import { useLoadSlides } from "../library/useStoryLibrary";

interface ContentsDialogProps {
  story: Story;
  slideNumber: number;
  open: boolean;
  onClose: () => void;
}

/** Every slide as a thumbnail and title; choosing one goes straight to it. A modal dialog. */
export function ContentsDialog({ story, slideNumber, open, onClose }: ContentsDialogProps) {
  const say = useMessages();
  const ref = useRef<HTMLDialogElement>(null);
  useFocusTrap(ref, open);
  // The list names every slide: opening it loads the pages not read yet. Until a page arrives its
  // rows show their number and a plain title, and still lead to their slide.
  useLoadSlides(story.slug, 0, open ? story.slides.length - 1 : -1);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    dialog.querySelector<HTMLElement>("[aria-current=page]")?.focus();
    return () => {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
    };
  }, [open]);

  return (
    <dialog ref={ref} className="contents" aria-labelledby="contents-title" onClose={onClose}>
      <div className="contents__head">
        <h2 id="contents-title" className="contents__title">
          {say.contents}
        </h2>
        <IconButton
          icon="close"
          label={say.closeContents}
          className="contents__close"
          onClick={onClose}
        />
      </div>
      {open && (
        <ol className="contents__list">
          {story.slides.map((slide, index) => (
            <li key={index}>
              <Link
                className="contents__item"
                to={slidePath(story.slug, index + 1)}
                replace
                aria-current={index + 1 === slideNumber ? "page" : undefined}
                onClick={onClose}
              >
                {slide?.image ? (
                  <img
                    src={slide.image.placeholder}
                    srcSet={slide.image.srcset.webp}
                    sizes="160px"
                    alt=""
                    width={160}
                    height={Math.round((160 * slide.image.height) / slide.image.width)}
                    loading="lazy"
                    style={{ backgroundImage: `url("${slide.image.placeholder}")` }}
                  />
                ) : (
                  <span className="contents__text-thumb" aria-hidden="true" />
                )}
                <span className="contents__number">{say.contentsNumber(index + 1)}</span>
                <span>{slide?.title ?? say.untitledSlide(index + 1)}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </dialog>
  );
}

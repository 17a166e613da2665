import { useEffect } from "react";
import type { Story } from "../story/storyTypes";
import { embedMessage, wantedHeight } from "./embedMessage";

/**
 * In an embed, tells the page that frames it which slide is shown and how tall the embed wants to
 * be (see EmbedMessage): now, on every slide change, and when the frame's width changes. Sent to
 * any origin: the embed cannot know its host's, and the message says nothing secret.
 */
export function useEmbedMessages(story: Story, slideNumber: number, enabled: boolean): void {
  const photo = story.slides[slideNumber - 1]?.image;
  const photoWidth = photo?.width;
  const photoHeight = photo?.height;
  const count = story.slides.length;
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const size =
      photoWidth !== undefined && photoHeight !== undefined
        ? { width: photoWidth, height: photoHeight }
        : undefined;
    let width = 0;
    const send = () => {
      width = document.documentElement.clientWidth;
      const height = wantedHeight(width, size);
      window.parent.postMessage(embedMessage(story.slug, slideNumber, count, height), "*");
    };
    // A height change alone (the host answering our own message) changes nothing we would say.
    const resized = () => {
      if (document.documentElement.clientWidth !== width) send();
    };
    send();
    window.addEventListener("resize", resized);
    return () => window.removeEventListener("resize", resized);
  }, [enabled, story.slug, slideNumber, count, photoWidth, photoHeight]);
}

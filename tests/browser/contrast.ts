import type { Page } from "@playwright/test";
import sharp from "sharp";

/** WCAG relative luminance of an sRGB colour given as 0-255 channels. */
export function luminance([r, g, b]: readonly number[]): number {
  const channel = (value = 0) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** A piece of text on screen, its colour and whether WCAG counts it as large. */
interface TextBox {
  text: string;
  color: number[];
  large: boolean;
  box: { x: number; y: number; width: number; height: number };
}

/** One text's measured contrast against the worst pixel behind it. */
export interface Measured {
  text: string;
  ratio: number;
  needed: number;
}

/**
 * Measures the contrast of every visible text inside `selector` against what is really painted
 * behind it: the page is photographed with all text made transparent, and each text's colour is
 * compared with the pixel behind it that contrasts least.
 */
export async function measureTextContrast(page: Page, selector: string): Promise<Measured[]> {
  const boxes: TextBox[] = await page.evaluate((root) => {
    const found: TextBox[] = [];
    // Text clipped to nothing is there for screen readers only (the visually-hidden pattern).
    const clippedAway = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement)
        if (getComputedStyle(at).clipPath === "inset(50%)") return true;
      return false;
    };
    for (const scope of document.querySelectorAll(root)) {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? "";
        const element = node.parentElement;
        if (
          !text ||
          !element ||
          element.closest("[aria-hidden=true], [role=status]") ||
          clippedAway(element)
        )
          continue;
        const style = getComputedStyle(element);
        if (style.visibility === "hidden" || Number(style.opacity) === 0) continue;
        // Text scrolled or clipped out of its panel is not on screen; the bottom of a collapsed panel
        // fades out on purpose (its words are read in full after "Read more", measured separately).
        const panel = element.closest<HTMLElement>('[data-part="text"]');
        const clip = panel?.getBoundingClientRect();
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        // A collapsed panel is one whose "Read more" button says it is not expanded.
        const more = panel && document.querySelector(`[aria-controls="${panel.id}"]`);
        const fade = more?.getAttribute("aria-expanded") === "false" ? 3.5 * rem : 0;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const whole of range.getClientRects()) {
          const left = Math.max(whole.left, 0);
          const top = Math.max(whole.top, clip?.top ?? 0, 0);
          const right = Math.min(whole.right, innerWidth);
          const bottom = Math.min(whole.bottom, (clip?.bottom ?? innerHeight) - fade, innerHeight);
          const rect = { left, top, width: right - left, height: bottom - top };
          if (rect.width <= 2 || rect.height <= 2) continue;
          const size = parseFloat(style.fontSize);
          const bold = Number(style.fontWeight) >= 700;
          found.push({
            text: text.slice(0, 40),
            color: (style.color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number),
            large: size >= 24 || (bold && size >= 18.66),
            box: { x: rect.left, y: rect.top, width: rect.width, height: rect.height },
          });
        }
      }
    }
    return found;
  }, selector);
  await page.addStyleTag({
    content:
      "* { color: transparent !important; text-shadow: none !important; caret-color: transparent !important; }",
  });
  const shot = await page.screenshot({ scale: "css" });
  const { data, info } = await sharp(shot)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixel = (x: number, y: number) => {
    const offset =
      (Math.min(info.height - 1, Math.max(0, y)) * info.width +
        Math.min(info.width - 1, Math.max(0, x))) *
      3;
    return luminance([data[offset] ?? 0, data[offset + 1] ?? 0, data[offset + 2] ?? 0]);
  };
  return boxes.map(({ text, color, large, box }) => {
    const textLuminance = luminance(color);
    let worst = Infinity;
    for (let y = Math.floor(box.y); y < box.y + box.height; y += 1) {
      for (let x = Math.floor(box.x); x < box.x + box.width; x += 1) {
        worst = Math.min(worst, contrast(textLuminance, pixel(x, y)));
      }
    }
    return { text, ratio: Math.round(worst * 100) / 100, needed: large ? 3 : 4.5 };
  });
}

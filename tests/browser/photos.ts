import type { Locator, Page } from "@playwright/test";

/** The box of a slide's photo, which holds the blurred placeholder under the photo itself. */
export function photoBox(slide: Locator): Locator {
  return slide.locator('[data-part="photo"] > div');
}

/** A photo file the page asked for: which slide, which crop, format and width. */
export interface PhotoRequest {
  slide: number;
  crop: "landscape" | "portrait";
  format: string;
  width: number;
}

const PHOTO = /\/assets\/0(\d)-[^/?]+\.(avif|webp|jpe?g)$/;

/** Starts recording the story photos the page requests (not the inlined placeholders). */
export function recordPhotoRequests(page: Page): () => Promise<PhotoRequest[]> {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (PHOTO.test(new URL(request.url()).pathname)) urls.push(new URL(request.url()).pathname);
  });
  return async () => {
    // The widths come from the srcsets the page itself offered.
    const widths = await page.evaluate(() => {
      const map: Record<string, number> = {};
      for (const element of document.querySelectorAll("[srcset], link[imagesrcset]")) {
        const srcset = element.getAttribute("srcset") ?? element.getAttribute("imagesrcset") ?? "";
        for (const candidate of srcset.split(",")) {
          const [url, descriptor] = candidate.trim().split(/\s+/);
          if (url && descriptor?.endsWith("w"))
            map[new URL(url, location.href).pathname] = parseInt(descriptor, 10);
        }
      }
      return map;
    });
    return urls.map((url) => {
      const [, slide, format] = PHOTO.exec(url) ?? [];
      return {
        slide: Number(slide),
        crop: url.includes("-portrait-") ? "portrait" : "landscape",
        format: format ?? "",
        width: widths[url] ?? 0,
      };
    });
  };
}

import { expect, vi } from "vitest";
import { POLL, type EnginePage } from "./enginePage";

/** An element found as a person finds it: by its role and the name it is known by. */
export type ByRole = {
  role: "button" | "link" | "dialog" | "heading" | "textbox" | "status" | "img";
  /** The whole name, or a pattern (its source) that some of the name matches. */
  name: string | { pattern: string };
  /** Only inside this element, itself found by role and name. */
  within?: ByRole;
};

/** Where an element found by role is, and whether a click there would reach it. */
interface Found {
  name: string;
  x: number;
  y: number;
  /** Nothing covers the element's centre. */
  reachable: boolean;
  value: string | null;
  /** For an image: it has loaded and has pixels to show. */
  loaded: boolean;
}

/**
 * Finds a shown element by role and name, in the page. The name is a plain reading of the
 * accessible name (aria-labelledby, aria-label, alt, else the text), enough for this reader's
 * controls. An element outside the viewport is scrolled into it, as a person scrolls to it.
 */
function findByRole(query: ByRole): Found | null {
  const selectors: Record<ByRole["role"], string> = {
    button: "button, [role=button]",
    link: "a[href], [role=link]",
    dialog: "dialog, [role=dialog], [role=alertdialog]",
    heading: "h1, h2, h3, h4, h5, h6, [role=heading]",
    textbox: "input:not([type]), input[type=text], input[type=url], textarea, [role=textbox]",
    status: "[role=status], output",
    img: "img[alt]:not([alt='']), [role=img]",
  };
  const clean = (text: string) => text.replace(/\s+/g, " ").trim();
  const nameOf = (element: Element) => {
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy)
      return clean(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      );
    return clean(
      element.getAttribute("aria-label") ??
        element.getAttribute("alt") ??
        element.textContent ??
        "",
    );
  };
  const named = (element: Element, name: ByRole["name"]) =>
    typeof name === "string"
      ? nameOf(element) === name
      : new RegExp(name.pattern).test(nameOf(element));
  const find = (wanted: ByRole, scope: ParentNode) =>
    [...scope.querySelectorAll(selectors[wanted.role])].find(
      (element) =>
        named(element, wanted.name) &&
        !element.closest("[aria-hidden=true], [inert]") &&
        element.checkVisibility({ visibilityProperty: true }),
    );
  const scope = query.within ? find(query.within, document) : document;
  const element = scope && find(query, scope);
  if (!element) return null;
  let box = element.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= window.innerHeight) {
    element.scrollIntoView({ block: "nearest" });
    box = element.getBoundingClientRect();
  }
  if (box.width === 0 || box.height === 0) return null;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const top = document.elementFromPoint(x, y);
  const field = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
  return {
    name: nameOf(element),
    x,
    y,
    reachable: top !== null && (top === element || element.contains(top)),
    value: field ? element.value : null,
    loaded:
      element instanceof HTMLImageElement ? element.complete && element.naturalWidth > 0 : true,
  };
}

/** Waits until an element is shown where a click would reach it, and says where. */
export function shown(page: EnginePage, query: ByRole): Promise<Found> {
  return vi.waitFor(async () => {
    const found = await page.evaluate(findByRole, query);
    if (!found?.reachable)
      throw new Error(`no ${JSON.stringify(query)} to reach: ${JSON.stringify(found)}`);
    return found;
  }, POLL);
}

/** Waits until a photo is shown whole: there to see, and its picture loaded. */
export async function expectPhotoShown(page: EnginePage, query: ByRole): Promise<void> {
  await expect
    .poll(() => page.evaluate(findByRole, query), POLL)
    .toMatchObject({ reachable: true, loaded: true });
}

/** Waits until no element by this role and name is shown. */
export async function gone(page: EnginePage, query: ByRole): Promise<void> {
  await expect.poll(() => page.evaluate(findByRole, query), POLL).toBeNull();
}

/** Clicks an element as a person does: with the mouse, on its centre, once it is there to click. */
export async function click(page: EnginePage, query: ByRole): Promise<void> {
  const { x, y } = await shown(page, query);
  await page.clickAt(x, y);
}

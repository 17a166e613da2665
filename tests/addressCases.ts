/**
 * The address rule, case by case, for the 7-slide Hanoi story (README, "Routes and the address").
 * `slide` is where the reader lands and `address` the one address it is replaced with; cases
 * without a slide are the not-found page (or, for "/", the story list).
 */
export interface AddressCase {
  path: string;
  slide?: number;
  address?: string;
  list?: true;
}

export const ADDRESS_CASES: readonly AddressCase[] = [
  { path: "/", list: true, address: "/" },
  { path: "/index.html", list: true, address: "/" },
  { path: "/hanoi-summit", slide: 1, address: "/hanoi-summit" },
  { path: "/hanoi-summit/", slide: 1, address: "/hanoi-summit" },
  { path: "/hanoi-summit/1", slide: 1, address: "/hanoi-summit" },
  { path: "/hanoi-summit/01", slide: 1, address: "/hanoi-summit" },
  { path: "/hanoi-summit/4", slide: 4, address: "/hanoi-summit/4" },
  { path: "/hanoi-summit/04", slide: 4, address: "/hanoi-summit/4" },
  { path: "/hanoi-summit/0007", slide: 7, address: "/hanoi-summit/7" },
  { path: "/hanoi-summit/4/", slide: 4, address: "/hanoi-summit/4" },
  { path: "/hanoi-summit//4", slide: 4, address: "/hanoi-summit/4" },
  { path: "//hanoi-summit/4", slide: 4, address: "/hanoi-summit/4" },
  { path: "/hanoi-summit/4/index.html", slide: 4, address: "/hanoi-summit/4" },
  { path: "/hanoi-summit/%34", slide: 4, address: "/hanoi-summit/4" },
  { path: "/hanoi%2Dsummit/5", slide: 5, address: "/hanoi-summit/5" },
  { path: "/hanoi-summit/3?from=chat", slide: 3, address: "/hanoi-summit/3?from=chat" },
  { path: "/hanoi-summit/03?from=chat#top", slide: 3, address: "/hanoi-summit/3?from=chat#top" },
  { path: "/hanoi-summit/6#caption", slide: 6, address: "/hanoi-summit/6#caption" },
  { path: "/hanoi-summit/0" },
  { path: "/hanoi-summit/00" },
  { path: "/hanoi-summit/8" },
  { path: "/hanoi-summit/99" },
  { path: "/hanoi-summit/-1" },
  { path: "/hanoi-summit/+3" },
  { path: "/hanoi-summit/3.0" },
  { path: "/hanoi-summit/2.5" },
  { path: "/hanoi-summit/1e1" },
  { path: "/hanoi-summit/0x3" },
  { path: "/hanoi-summit/123456789012345678901234567890" },
  { path: "/hanoi-summit/%D9%A3" },
  { path: "/hanoi-summit/%EF%BC%93" },
  { path: "/hanoi-summit/%20" },
  { path: "/hanoi-summit/three" },
  { path: "/hanoi-summit/3/4" },
  { path: "/hanoi-summit/3/extra" },
  { path: "/Hanoi-Summit/3" },
  { path: "/hanoi-summit.html" },
  { path: "/nope" },
  { path: "/nope/3" },
  { path: "/%E2%9C%93" },
];

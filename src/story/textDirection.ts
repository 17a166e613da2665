/** Which way a language's text runs, as HTML's `dir` names it. */
export type Direction = "ltr" | "rtl";

/** ISO 15924 scripts written right to left (Unicode's bidi class R or AL), living and historic. */
const RTL_SCRIPTS = new Set(
  (
    "Adlm Arab Aran Armi Avst Chrs Cprt Elym Hatr Hebr Hung Khar Lydi Mand Mani Mend Merc " +
    "Mero Narb Nbat Nkoo Orkh Ougr Palm Phli Phlp Phnx Prti Rohg Samr Sarb Sogd Sogo Syrc " +
    "Thaa Yezi"
  ).split(" "),
);

/**
 * Languages whose usual script runs right to left, by primary subtag: Arabic, Hebrew, Persian,
 * Urdu and the others CLDR writes in Arabic, Hebrew, Thaana, Syriac or N'Ko script by default.
 */
const RTL_LANGUAGES = new Set(
  "ar arc ckb dv fa glk he iw ji khw ks lrc mzn nqo pnb ps sd syr ug ur yi".split(" "),
);

const SCRIPT_SUBTAG = /^[A-Za-z]{4}$/;

interface TextInfoLocale {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
}

/**
 * The direction of text in the language `tag` names (BCP 47). A script subtag decides
 * ("ku-Arab" is right to left, "az-Latn" left to right), then the lists above, and only for a
 * language on neither does Intl's text info (`getTextInfo()`, or the older `textInfo`) speak.
 * The lists come first so that Node 20 and every browser agree: Firefox has no text info, and
 * Node 20's ignores a script subtag (it calls "ku-Arab" left to right). Stories are resolved at
 * build time, so even the Intl fallback gives the page and the reader one answer.
 */
export function textDirection(tag: string): Direction {
  const [primary = "", ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => SCRIPT_SUBTAG.test(subtag));
  if (script !== undefined) {
    const name = script.charAt(0).toUpperCase() + script.slice(1);
    return RTL_SCRIPTS.has(name) ? "rtl" : "ltr";
  }
  if (RTL_LANGUAGES.has(primary)) return "rtl";
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & TextInfoLocale;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === "rtl" ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

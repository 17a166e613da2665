/** An XML element with its names expanded to namespace URI + local name, as RDF names things. */
export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded; the text of its children is theirs. */
  text: string;
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

// Comments, processing instructions (the <?xpacket?> wrapper), CDATA, DOCTYPE, end tags,
// start tags (attribute values may hold ">"), text. Anything else, such as a stray "<", is skipped.
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/[^>]*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const REFERENCE = /&(#x[\da-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and character references; only those, so no entity expansion. */
function decode(text: string): string {
  // A function, not a replacement string, so "$&" in the text stays as it is.
  return text.replace(REFERENCE, (whole, ref: string) => {
    if (!ref.startsWith("#")) return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function expand(qualified: string, scope: ReadonlyMap<string, string>, isAttribute: boolean) {
  const colon = qualified.indexOf(":");
  // Unprefixed attributes have no namespace; unprefixed elements take the default one.
  if (colon < 0) return isAttribute ? qualified : (scope.get("") ?? "") + qualified;
  return (scope.get(qualified.slice(0, colon)) ?? "") + qualified.slice(colon + 1);
}

/**
 * A lenient, non-validating reader of the XML that XMP packets are: namespaces resolved, entities
 * decoded, line ends normalised as XML says. Unbalanced tags do not throw; the root returned is
 * a nameless element holding every top-level element, since a packet may hold several.
 */
export function readXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: "", attributes: new Map(), children: [], text: "" };
  const stack = [{ element: root, scope: new Map([["xml", XML_NAMESPACE]]) }];
  for (const match of xml.replace(/\r\n?/g, "\n").matchAll(TOKEN)) {
    const [token, cdata, tag, attributeText = "", selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (!top) break;
    if (text !== undefined || cdata !== undefined) {
      top.element.text += cdata ?? decode(text ?? "");
    } else if (tag !== undefined) {
      const raw = [...attributeText.matchAll(ATTRIBUTE)].map(
        // XML turns literal tabs and line ends in attribute values into spaces.
        ([, key = "", double, single]) =>
          [key, decode((double ?? single ?? "").replace(/[\t\n]/g, " "))] as const,
      );
      const scope = new Map(top.scope);
      for (const [key, value] of raw) {
        if (key === "xmlns") scope.set("", value);
        else if (key.startsWith("xmlns:")) scope.set(key.slice(6), value);
      }
      const attributes = new Map(
        raw
          .filter(([key]) => key !== "xmlns" && !key.startsWith("xmlns:"))
          .map(([key, value]) => [expand(key, scope, true), value]),
      );
      const element: XmlElement = {
        name: expand(tag, scope, false),
        attributes,
        children: [],
        text: "",
      };
      top.element.children.push(element);
      if (!selfClosing) stack.push({ element, scope });
    } else if (token.startsWith("</") && stack.length > 1) {
      stack.pop();
    }
  }
  return root;
}

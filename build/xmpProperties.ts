import { readXmlTree, type XmlElement } from "./xmlTree.ts";

/**
 * An XMP value: a text (with its xml:lang in a language alternative), an array (rdf:Seq, Bag or
 * Alt), or a struct whose fields are keyed by full name (namespace URI + local name).
 */
export type XmpValue =
  | { kind: "text"; text: string; lang?: string }
  | { kind: "array"; items: XmpValue[] }
  | { kind: "struct"; fields: Map<string, XmpValue> };

export const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const XML_LANG = "http://www.w3.org/XML/1998/namespace" + "lang";
const ARRAYS = new Set([RDF + "Seq", RDF + "Bag", RDF + "Alt"]);

/** The properties an element carries: its attributes outside rdf: and xml:, and its children. */
function fieldsOf(element: XmlElement): Map<string, XmpValue> {
  const fields = new Map<string, XmpValue>();
  for (const [name, text] of element.attributes)
    if (!name.startsWith(RDF) && name !== XML_LANG) fields.set(name, { kind: "text", text });
  for (const child of element.children)
    if (!fields.has(child.name)) fields.set(child.name, valueOf(child));
  return fields;
}

/** The value of a property element, in each of the forms RDF/XML allows for XMP. */
function valueOf(element: XmlElement): XmpValue {
  const resource = element.attributes.get(RDF + "resource");
  if (resource !== undefined) return { kind: "text", text: resource };
  if (element.attributes.get(RDF + "parseType") === "Resource")
    return { kind: "struct", fields: fieldsOf(element) };
  const [only, ...others] = element.children;
  if (only && others.length === 0 && ARRAYS.has(only.name)) {
    const items = only.children.filter((child) => child.name === RDF + "li").map(valueOf);
    return { kind: "array", items };
  }
  if (only && others.length === 0 && only.name === RDF + "Description")
    return { kind: "struct", fields: fieldsOf(only) };
  const fields = fieldsOf(element);
  if (fields.size > 0) return { kind: "struct", fields };
  const lang = element.attributes.get(XML_LANG);
  return lang === undefined
    ? { kind: "text", text: element.text }
    : { kind: "text", text: element.text, lang };
}

function* descriptions(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    if (element.name === RDF + "RDF" && child.name === RDF + "Description") yield child;
    else yield* descriptions(child);
  }
}

/**
 * The top-level properties of an XMP packet (or of several in a row), keyed by full name; the
 * first of a name wins. Text is exactly what the XML says: exifr's own reader, regular
 * expressions over the packet, leaves entities encoded, trims, and turns "007" into 7 and
 * "true" into true; its author leaves real XML parsing to the caller (exifr issue #18).
 */
export function readXmpProperties(packet: string): Map<string, XmpValue> {
  const properties = new Map<string, XmpValue>();
  for (const description of descriptions(readXmlTree(packet)))
    for (const [name, value] of fieldsOf(description))
      if (!properties.has(name)) properties.set(name, value);
  return properties;
}

/** A value's text: a language alternative's x-default item, else its first; a struct's rdf:value. */
export function textOf(value: XmpValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.kind === "text") return value.text;
  if (value.kind === "array") {
    const isDefault = (item: XmpValue) =>
      item.kind === "text" && item.lang?.toLowerCase() === "x-default";
    return textOf(value.items.find(isDefault) ?? value.items[0]);
  }
  return textOf(value.fields.get(RDF + "value"));
}

/** Every text of an array (such as the names in dc:creator), or the one text of a value. */
export function textsOf(value: XmpValue | undefined): string[] {
  if (value?.kind === "array") return value.items.flatMap(textsOf);
  const text = textOf(value);
  return text === undefined ? [] : [text];
}

/** A field of a struct, or of the first struct in an array (plus:Licensor[0]/plus:LicensorURL). */
export function fieldOf(value: XmpValue | undefined, name: string): XmpValue | undefined {
  if (value?.kind === "array") return fieldOf(value.items[0], name);
  return value?.kind === "struct" ? value.fields.get(name) : undefined;
}

/** Who made a photo and on what terms, as its variants carry it. */
export interface PhotoRights {
  credit?: string | undefined;
  creator?: string | undefined;
  copyright?: string | undefined;
  license?: string | undefined;
}

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

const xml = (text: string) => text.replace(/[&<>"]/g, (char) => XML_ENTITIES[char] ?? char);

/** Whether any right is known, so that a photo without them is written with no metadata at all. */
export function hasRights(rights: PhotoRights): boolean {
  return Boolean(rights.credit ?? rights.creator ?? rights.copyright ?? rights.license);
}

/**
 * An XMP packet with only the photo's rights (dc:creator, dc:rights, photoshop:Credit,
 * xmpRights:WebStatement). XMP is UTF-8, so names and notices keep every character; EXIF's
 * Artist and Copyright are ASCII only and get a transliteration.
 */
export function rightsXmp(rights: PhotoRights): string {
  const fields = [
    rights.creator &&
      `<dc:creator><rdf:Seq><rdf:li>${xml(rights.creator)}</rdf:li></rdf:Seq></dc:creator>`,
    rights.copyright &&
      `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${xml(rights.copyright)}</rdf:li></rdf:Alt></dc:rights>`,
    rights.credit && `<photoshop:Credit>${xml(rights.credit)}</photoshop:Credit>`,
    rights.license && `<xmpRights:WebStatement>${xml(rights.license)}</xmpRights:WebStatement>`,
  ].filter(Boolean);
  return (
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">` +
    fields.join("") +
    `</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  );
}

import { describe, expect, it } from "vitest";
import { hasRights, rightsXmp } from "./rightsXmp";

describe("hasRights", () => {
  it.each([
    [{}, false],
    [{ credit: "AFP" }, true],
    [{ creator: "A. Person" }, true],
    [{ copyright: "© 2019" }, true],
    [{ license: "https://example.org" }, true],
  ])("%j → %s", (rights, expected) => {
    expect(hasRights(rights)).toBe(expected);
  });
});

describe("rightsXmp", () => {
  it("writes each right in its XMP property, escaped for XML and nothing else", () => {
    const packet = rightsXmp({
      credit: 'Reuters / "Jorge" & Co',
      creator: "Lê Văn <Tám>",
      copyright: "© 2019 $& 'Reuters'",
      license: "https://example.org/licence?a=1&b=2",
    });
    expect(packet).toContain(
      "<dc:creator><rdf:Seq><rdf:li>Lê Văn &lt;Tám&gt;</rdf:li></rdf:Seq></dc:creator>",
    );
    expect(packet).toContain(
      `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">© 2019 $&amp; 'Reuters'</rdf:li></rdf:Alt></dc:rights>`,
    );
    expect(packet).toContain(
      "<photoshop:Credit>Reuters / &quot;Jorge&quot; &amp; Co</photoshop:Credit>",
    );
    expect(packet).toContain(
      "<xmpRights:WebStatement>https://example.org/licence?a=1&amp;b=2</xmpRights:WebStatement>",
    );
  });

  it("leaves out what is not known", () => {
    const packet = rightsXmp({ credit: "AFP" });
    expect(packet).not.toContain("dc:creator>");
    expect(packet).not.toContain("dc:rights>");
    expect(packet).not.toContain("WebStatement>");
  });
});

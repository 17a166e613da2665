const PHOTOSHOP_HEADER = "Photoshop 3.0\0";
const IPTC_RESOURCE = 0x0404;
const utf8 = new TextDecoder("utf-8");
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
// What older Western IIM writers used. Not TextDecoder("windows-1252"): since 20.18.3 Node decodes
// 0x80-0x9F with it as Latin-1 controls, not curly quotes, dashes and € (nodejs/node#60888).
const WINDOWS_1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const windows1252 = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) =>
    byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_9F[byte - 0x80] : String.fromCharCode(byte),
  ).join("");

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

/**
 * The IIM bytes of an IPTC block: a Photoshop image resource block (what JPEG's APP13 holds,
 * with or without its "Photoshop 3.0" header) whose resource 0x0404 they are, or bare IIM (TIFF).
 */
function iimBytes(block: Uint8Array): Uint8Array | undefined {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  let at =
    ascii(block, 0, PHOTOSHOP_HEADER.length) === PHOTOSHOP_HEADER ? PHOTOSHOP_HEADER.length : 0;
  if (block[at] === 0x1c) return block.subarray(at);
  while (at + 12 <= block.length && ascii(block, at, 4) === "8BIM") {
    const id = view.getUint16(at + 4);
    const nameLength = block[at + 6] ?? 0;
    // A Pascal string name, padded to an even length, then the size, then data padded likewise.
    at += 6 + nameLength + 1 + ((nameLength + 1) % 2);
    if (at + 4 > block.length) return undefined;
    const size = view.getUint32(at);
    at += 4;
    if (id === IPTC_RESOURCE) return block.subarray(at, at + size);
    at += size + (size % 2);
  }
  return undefined;
}

/** Each dataset's bytes, keyed "record:dataset" ("2:120"), repeated datasets in order. */
function datasets(iim: Uint8Array): Map<string, Uint8Array[]> {
  const view = new DataView(iim.buffer, iim.byteOffset, iim.byteLength);
  const found = new Map<string, Uint8Array[]>();
  let at = 0;
  while (at + 5 <= iim.length && iim[at] === 0x1c) {
    const key = `${iim[at + 1]}:${iim[at + 2]}`;
    let length = view.getUint16(at + 3);
    at += 5;
    if (length & 0x8000) {
      // An extended dataset: the low bits count the bytes that hold the length.
      const lengthBytes = length & 0x7fff;
      length = iim.subarray(at, at + lengthBytes).reduce((sum, byte) => sum * 256 + byte, 0);
      at += lengthBytes;
    }
    found.set(key, [...(found.get(key) ?? []), iim.subarray(at, at + length)]);
    at += length;
  }
  return found;
}

/** ISO 2022 escapes for UTF-8, as IIM 1:90 CodedCharacterSet holds them: ESC % G and its kin. */
const UTF8_ESCAPES = ["\x1b%G", "\x1b%/G", "\x1b%/H", "\x1b%/I"];

function declaresUtf8(codedCharacterSet: Uint8Array | undefined): boolean {
  const text = codedCharacterSet ? ascii(codedCharacterSet, 0, codedCharacterSet.length) : "";
  return UTF8_ESCAPES.some((escape) => text.startsWith(escape));
}

function decode(bytes: Uint8Array, isUtf8: boolean): string {
  // Some writers end values with NULs, which are not part of the text.
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  const text = bytes.subarray(0, end);
  if (isUtf8) return utf8.decode(text);
  // Without 1:90 the text is whatever the writer used: UTF-8 when it decodes as such (ASCII
  // does), which text in a single-byte charset with accents practically never does.
  try {
    return strictUtf8.decode(text);
  } catch {
    return windows1252(text);
  }
}

/**
 * The texts of the IIM application record (record 2) in an IPTC block, keyed by dataset number
 * (120 Caption-Abstract, 80 By-line...), decoded as 1:90 CodedCharacterSet says. exifr ignores
 * record 1 and reads every byte as Latin-1, so UTF-8 "Hà Nội" arrives as "HÃ\u00a0 Ná»\u0099i".
 */
export function readIimText(block: Uint8Array): Map<number, string[]> {
  const iim = iimBytes(block);
  const texts = new Map<number, string[]>();
  if (!iim) return texts;
  const found = datasets(iim);
  const isUtf8 = declaresUtf8(found.get("1:90")?.[0]);
  for (const [key, values] of found) {
    const [record, dataset] = key.split(":").map(Number);
    if (record === 2 && dataset !== undefined)
      texts.set(
        dataset,
        values.map((value) => decode(value, isUtf8)),
      );
  }
  return texts;
}

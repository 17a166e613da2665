/** One candidate of a width-described srcset. */
export interface SrcsetEntry {
  src: string;
  width: number;
}

/** Reads "a.jpg 480w, b.jpg 960w" into its candidates, narrowest first. Density descriptors are skipped. */
export function parseSrcset(srcset: string): SrcsetEntry[] {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/))
    .flatMap(([src, descriptor]) => {
      const width = /^(\d+)w$/.exec(descriptor ?? "")?.[1];
      return src && width ? [{ src, width: Number(width) }] : [];
    })
    .sort((a, b) => a.width - b.width);
}

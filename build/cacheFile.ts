import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** The writes in flight in this process, by the file they make. */
const writing = new Map<string, Promise<void>>();

/**
 * Makes the cache file `out` once: if it exists it is taken as it is; otherwise `make` runs and
 * its bytes are written aside and renamed into place, so a build running beside this one (or
 * killed halfway) never leaves or reads half a file. Two calls for the same file in one process
 * share one write. A failed `make` leaves nothing behind and is not remembered.
 */
export function writeCacheFileOnce(out: string, make: () => Promise<Buffer>): Promise<void> {
  const running = writing.get(out);
  if (running) return running;
  const write = (async () => {
    if (await stat(out).catch(() => undefined)) return;
    await writeWhole(out, await make());
  })().finally(() => writing.delete(out));
  writing.set(out, write);
  return write;
}

/**
 * Writes `bytes` beside `file` and renames them into place: a build running beside this one, or
 * one killed halfway, never sees half a file.
 */
export async function writeWhole(file: string, bytes: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.part`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
}

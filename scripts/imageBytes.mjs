// Prints the image bytes a first view fetches, at phone and desktop size, from the real build.
//   npm run build && npm run image-bytes
import { firstViewBytes, SCREENS } from "./firstViewBytes.mjs";
import { startPreview } from "./preview.mjs";

const PATHS = ["/hanoi-summit", "/hanoi-summit/5"];
const preview = await startPreview();
try {
  const rows = [];
  for (const screen of /** @type {(keyof typeof SCREENS)[]} */ (Object.keys(SCREENS))) {
    for (const path of PATHS) {
      const bytes = await firstViewBytes(preview.url, path, screen);
      rows.push({
        screen,
        path,
        "image KB": (bytes.image / 1024).toFixed(1),
        files: bytes.files.length,
      });
      for (const file of bytes.files)
        console.log(`  ${screen} ${path}: ${file.url} ${(file.bytes / 1024).toFixed(1)} KB`);
    }
  }
  console.table(rows);
} finally {
  preview.stop();
}

import path from "node:path";
import type { Plugin } from "vite";
import { StoryFileError, type StoryFolder } from "./readStoryFolder.ts";
import { readStories } from "./readStories.ts";
import { pageCount, storyIndexModule, storyPageModule, STORIES_ID } from "./storyModules.ts";
import { formatStoryIssues } from "../src/story/storyIssues.ts";
import { storyWarnings } from "./storyWarnings.ts";

const RESOLVED_ID = `\0${STORIES_ID}`;

/**
 * Serves `virtual:stories` (every story folder, validated, without its slides) and
 * `virtual:stories/<story>/<page>` (a page of a story's slides, with their photos' variants).
 */
export function storiesPlugin(options: { storiesDir: string }): Plugin {
  let root = process.cwd();
  let reading: Promise<StoryFolder[]> | undefined;
  // The reading whose warnings were shown: every module of it loads the same stories.
  let warned: Promise<StoryFolder[]> | undefined;
  const read = () => (reading ??= readStories(options.storiesDir, root));
  return {
    name: "photo-story:stories",
    configResolved(config) {
      root = config.root;
    },
    watchChange() {
      reading = undefined;
    },
    resolveId(id) {
      return id === STORIES_ID || id.startsWith(`${STORIES_ID}/`) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID && !id.startsWith(`${RESOLVED_ID}/`)) return undefined;
      this.addWatchFile(options.storiesDir);
      try {
        const current = read();
        const folders = await current;
        if (warned !== current) {
          warned = current;
          for (const folder of folders) {
            const warnings = storyWarnings(folder);
            if (warnings.length)
              this.warn(formatStoryIssues(path.relative(root, folder.file), warnings));
          }
        }
        for (const { file, images } of folders) {
          this.addWatchFile(file);
          for (const image of images) if (image) this.addWatchFile(image.original);
        }
        if (id === RESOLVED_ID) return storyIndexModule(folders);
        const [storyIndex, page] = id
          .slice(RESOLVED_ID.length + 1)
          .split("/")
          .map(Number);
        const folder = folders[storyIndex ?? -1];
        if (!folder || page === undefined || !(page >= 0 && page < pageCount(folder)))
          this.error(`${id.slice(1)} is not a page of any story`);
        return storyPageModule(folder, storyIndex ?? 0, page);
      } catch (error) {
        if (error instanceof StoryFileError) {
          reading = undefined;
          this.error(`Bad story file:\n${error.message}`);
        }
        throw error;
      }
    },
  };
}

declare module "virtual:stories" {
  /** Every story in src/stories, validated at build time, in folder order, without its slides. */
  export const stories: readonly import("./story/storyTypes").StoryEntry[];
}

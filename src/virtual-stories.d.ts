declare module "virtual:stories" {
  /** Every story in src/stories, validated at build time, in folder order. */
  export const stories: readonly import("./story/storyTypes").Story[];
}

declare module "virtual:stories" {
  import type { Story } from "./story/storyTypes";
  /** Every story in src/stories, validated at build time, in folder order. */
  export const stories: readonly Story[];
}

/** The engines this suite drives. */
export const ENGINE_NAMES = ["firefox", "webkit"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** The engines to run: the one ENGINE names, or every one. */
export function selectedEngines(): readonly EngineName[] {
  const chosen = process.env.ENGINE;
  if (!chosen || chosen === "all") return ENGINE_NAMES;
  const engine = ENGINE_NAMES.find((name) => name === chosen);
  if (!engine) throw new Error(`ENGINE=${chosen}: choose one of ${ENGINE_NAMES.join(", ")} or all`);
  return [engine];
}

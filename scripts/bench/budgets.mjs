// The budgets `npm run bench -- --check` holds the build to. `timing` budgets depend on the
// machine's speed: CI reports them but does not fail on them.

/**
 * One budget and whether the run met it. `value` is undefined when Lighthouse did not report the
 * figure; such a budget is not met.
 * @typedef {object} Budget
 * @property {string} name
 * @property {number | undefined} value
 * @property {number} limit
 * @property {"min" | "max"} kind whether `value` must be at least or at most `limit`
 * @property {boolean} timing whether it depends on the machine's speed
 * @property {boolean} met
 */

/**
 * @param {import("./run.mjs").BenchResult} result
 * @returns {Budget[]}
 */
export function budgets(result) {
  if (!result.bytes) throw new Error("budgets: the result has no bytes of the built site");
  /** @type {Omit<Budget, "met">[]} */
  const list = [];
  /**
   * @param {string} name
   * @param {number | undefined} value
   * @param {number} limit
   * @param {"min" | "max"} kind
   * @param {boolean} [timing]
   */
  const add = (name, value, limit, kind, timing = false) =>
    list.push({ name, value, limit, kind, timing });
  for (const [route, mobile] of Object.entries(result.lighthouse?.mobile ?? {})) {
    for (const category of ["performance", "accessibility", "best-practices", "seo"]) {
      add(
        `Lighthouse mobile ${category} ${route}`,
        mobile[category],
        100,
        "min",
        category === "performance",
      );
    }
    add(`LCP mobile ${route} (ms)`, mobile.lcpMs, 1200, "max", true);
    add(`CLS mobile ${route}`, mobile.cls, 0, "max");
    add(`TBT mobile ${route} (ms)`, mobile.tbtMs, 0, "max", true);
  }
  for (const [route, desktop] of Object.entries(result.lighthouse?.desktop ?? {})) {
    add(`LCP desktop ${route} (ms)`, desktop.lcpMs, 800, "max", true);
  }
  add("first-render JS (gzip KB)", result.bytes.firstRenderJs / 1024, 95, "max");
  add("largest route HTML (gzip KB)", result.bytes.htmlMax / 1024, 14, "max");
  if (result.embedBytes) {
    add("embed first-render JS (gzip KB)", result.embedBytes.firstRenderJs / 1024, 95, "max");
    add("largest embed HTML (gzip KB)", result.embedBytes.htmlMax / 1024, 14, "max");
  }
  if (result.images) add("phone first-view images (KB)", result.images.phone / 1024, 80, "max");
  if (result.navigation) {
    add(
      "key to next photo painted (ms)",
      result.navigation.keyToPhotoMs,
      result.navigation.transitionMs + 100,
      "max",
      true,
    );
    add("long animation frames in a pass", result.navigation.longFrames, 0, "max", true);
  }
  if (result.scale) {
    const { ratios } = result.scale;
    add("1,000 slides / 7: DOM nodes, first slide", ratios.firstNodes, 1.25, "max");
    add("1,000 slides / 7: DOM nodes, last slide", ratios.lastNodes, 1.25, "max");
    add("1,000 slides / 7: JS heap, first slide", ratios.firstHeap, 1.25, "max");
    add("1,000 slides / 7: JS heap, last slide", ratios.lastHeap, 1.25, "max");
    add("1,000 slides / 7: time to slide shown, first slide", ratios.firstShown, 1.25, "max", true);
    add("1,000 slides / 7: time to slide shown, last slide", ratios.lastShown, 1.25, "max", true);
    if (ratios.outputGrowth !== undefined) {
      add("build output: 1,000 slides over 500 (linear = 2)", ratios.outputGrowth, 2.2, "max");
      add("build time: 1,000 slides over 500 (linear = 2)", ratios.timeGrowth, 2.2, "max", true);
    }
  }
  return list.map((budget) => ({
    ...budget,
    met:
      budget.value !== undefined &&
      (budget.kind === "min" ? budget.value >= budget.limit : budget.value <= budget.limit),
  }));
}

export function buildSite(
  env?: Record<string, string | undefined>,
  options?: { quiet?: boolean },
): Promise<void>;

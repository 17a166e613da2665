export interface Site {
  origin: string;
  base: string;
}
export function siteFromEnv(env?: Record<string, string | undefined>): Site;

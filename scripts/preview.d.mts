export function startPreview(
  port?: number,
  outDir?: string,
): Promise<{ url: string; stop: () => void }>;
export const CHROMIUM: { executablePath: string; args: string[] };

export const PHOTO_CACHE: string;
export function writeServiceWorker(dist: string, base: string, build: string): Promise<void>;

// @vitest-environment node
import { describe, expect, it } from "vitest";
import { PHOTO_CACHE as SERVICE_WORKER_CACHE } from "../scripts/serviceWorker.mjs";
import { PHOTO_CACHE } from "../src/offline/useKeepPhotosOffline";

describe("the photo cache", () => {
  it("is the one the service worker serves photos from", () => {
    expect(PHOTO_CACHE).toBe(SERVICE_WORKER_CACHE);
  });
});

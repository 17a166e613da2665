/** What the browser says about its reader's wishes (Global Privacy Control, Do Not Track). */
export interface PrivacySignals {
  globalPrivacyControl?: boolean | undefined;
  doNotTrack?: string | null | undefined;
}

/** Whether reading figures may leave the page: never when the reader asks not to be tracked. */
export function readersAllowFigures(signals: PrivacySignals): boolean {
  return signals.globalPrivacyControl !== true && signals.doNotTrack !== "1";
}

/**
 * A photo's capture time as its metadata gives it: ISO 8601, from the year alone down to
 * fractions of a second, with or without a UTC offset (build/photoMetadata.ts).
 */
const ISO =
  /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?)?)?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)?$/;

export interface CaptureTime {
  /** Milliseconds since 1970 UTC, for putting photos in order. */
  instant: number;
  /** The wall-clock time with its offset, as story.json's `published` wants it. */
  iso: string;
  /** The offset, e.g. "+07:00"; undefined when the photo does not say it. */
  offset: string | undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** "+07:00" → 420 minutes east of UTC. */
function offsetMinutes(offset: string): number {
  if (offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** 420 → "+07:00"; 0 → "+00:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const size = Math.abs(minutes);
  return `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/**
 * Reads a capture time. A time without an offset is taken as UTC, which is as good a guess as
 * any for ordering photos from one camera; the caller says so to the editor.
 */
export function parseCaptureTime(text: string | undefined): CaptureTime | undefined {
  const match = text === undefined ? null : ISO.exec(text.trim());
  if (!match) return undefined;
  const [, year, month = "1", day = "1", hour = "0", minute = "0", second = "0", zone] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = parts;
  // Date.UTC would quietly turn month 13 into January of the next year.
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const offset = zone === undefined ? undefined : formatOffset(offsetMinutes(zone));
  const east = offset === undefined ? 0 : offsetMinutes(offset);
  const instant = Date.UTC(y, mo - 1, d, h, mi, s) - east * 60_000;
  const iso = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset ?? "+00:00"}`;
  return { instant, iso, offset };
}

/** `date` as the wall-clock time `minutes` east of UTC, with that offset. */
export function isoWithOffset(date: Date, minutes: number): string {
  const local = new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(minutes)}`;
}

/**
 * How the dateline names an offset when nothing better is known: "UTC", "UTC+7", "UTC-3:30"
 * (the schema allows 8 characters, so "+12:45" goes without "UTC").
 */
export function offsetLabel(offset: string | undefined): string {
  const minutes = offset === undefined ? 0 : offsetMinutes(offset);
  if (minutes === 0) return "UTC";
  const size = Math.abs(minutes);
  const hours = `${minutes < 0 ? "-" : "+"}${Math.floor(size / 60)}`;
  const label = `UTC${hours}${size % 60 ? `:${pad(size % 60)}` : ""}`;
  return label.length <= 8 ? label : (offset ?? label);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * The dateline of a story: the wall-clock time written in its ISO date-time, in the time zone
 * the report was filed in and named by `timeZoneLabel`, in the story's language (`lang`, BCP 47):
 * "February 27, 2019, 07:56 am PT". It reads the digits rather than converting the instant, so
 * no machine's own time zone moves it. The build calls it once per story and the pages and the
 * reader show its string, so Node's and a browser's date data never have to agree.
 */
export function formatDateline(iso: string, timeZoneLabel: string, lang = "en"): string {
  const match = ISO.exec(iso);
  if (!match) throw new Error(`not an ISO date-time: ${iso}`);
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12) throw new Error(`no month ${month} in ${iso}`);
  const wallClock = { year, month, day, hour, minute };
  return isEnglish(lang)
    ? englishDateline(wallClock, timeZoneLabel)
    : intlDateline(wallClock, timeZoneLabel, lang);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const isEnglish = (lang: string) => lang.trim().toLowerCase().split(/[-_]/)[0] === "en";

/**
 * English keeps the house style, "February 27, 2019, 07:56 am PT", written by hand: Intl's
 * English says "February 27, 2019 at 07:56 AM", and the pages and share cards already say this.
 */
function englishDateline(
  { year, month, day, hour, minute }: WallClock,
  timeZoneLabel: string,
): string {
  const monthName = MONTHS[month - 1] ?? "";
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const meridiem = hour < 12 ? "am" : "pm";
  const hh = String(hour12).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  return `${monthName} ${day}, ${year}, ${hh}:${mm} ${meridiem} ${timeZoneLabel}`;
}

/**
 * Any other language as Intl writes a date and time in it, its calendar and digits included. The
 * digits become a UTC instant that is formatted in UTC, so the wall-clock time comes back as
 * written; the language's place for a time zone's name then gets the story's own label.
 */
function intlDateline(
  { year, month, day, hour, minute }: WallClock,
  timeZoneLabel: string,
  lang: string,
): string {
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const format = new Intl.DateTimeFormat(lang, {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });
  return format
    .formatToParts(instant)
    .map((part) => (part.type === "timeZoneName" ? timeZoneLabel : part.value))
    .join("");
}

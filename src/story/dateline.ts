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
 * Formats the wall-clock time written in an ISO date-time, e.g. "February 27, 2019, 07:56 am PT".
 * It reads the digits rather than converting through Intl so that the server and every browser
 * print the same text, in the time zone the report was filed in.
 */
export function formatDateline(iso: string, timeZoneLabel: string): string {
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
  const monthName = MONTHS[month - 1];
  if (monthName === undefined) throw new Error(`no month ${month} in ${iso}`);
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const meridiem = hour < 12 ? "am" : "pm";
  const hh = String(hour12).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  return `${monthName} ${day}, ${year}, ${hh}:${mm} ${meridiem} ${timeZoneLabel}`;
}

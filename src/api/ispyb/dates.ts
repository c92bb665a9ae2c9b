/**
 * Dates on the py-ispyb wire.
 *
 * py-ispyb writes the database's DATETIME columns as ISO 8601 strings *without* a zone
 * (`2023-01-25T10:05:00`, a fraction only when microseconds are non-zero). Those values are the
 * facility's local wall-clock time, so they are turned into a `Date` holding that same wall-clock
 * time in the browser (`new Date(2023, 0, 25, 10, 5, 0)`); the UI says "facility local time".
 * A few routes append a zone (`+00:00`); such strings denote an instant and are parsed as one.
 *
 * `Date.parse` is not used on purpose: how it reads zone-less date-times has varied between
 * engines, and it accepts many non-ISO forms that would hide a contract violation.
 */

// date, optional time (`T` or a space, as Python's `str(datetime)` writes), optional fraction, optional zone
const ISPYB_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** minutes east of UTC; `undefined` for a zone-less (wall-clock) value */
  offsetMinutes: number | undefined;
}

function splitDate(s: string): DateParts | undefined {
  const m = ISPYB_DATE.exec(s.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const parts: DateParts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h ? Number(h) : 0,
    minute: mi ? Number(mi) : 0,
    second: sec ? Number(sec) : 0,
    // microseconds are truncated to the millisecond a Date can hold
    millisecond: frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0,
    offsetMinutes: zone === undefined ? undefined : zoneOffsetMinutes(zone),
  };
  const daysInMonth = new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
  const valid =
    parts.month >= 1 &&
    parts.month <= 12 &&
    parts.day >= 1 &&
    parts.day <= daysInMonth &&
    parts.hour <= 23 &&
    parts.minute <= 59 &&
    parts.second <= 59;
  return valid ? parts : undefined;
}

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes);
}

function wallClock(p: DateParts): Date {
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
}

/** Whether `s` is a date string py-ispyb can send (used by the DTO schemas). */
export function isIspybDate(s: string): boolean {
  return splitDate(s) !== undefined;
}

/**
 * Zone-less → that wall-clock time in the local zone; with `Z`/`±hh:mm` → that instant.
 * Throws a `RangeError` on anything else: the DTO schemas reject such strings first, so reaching
 * it means a mapper was handed data that bypassed validation.
 */
export function parseIspybDate(s: string): Date {
  const p = splitDate(s);
  if (!p) throw new RangeError(`Not an ISPyB date: ${JSON.stringify(s)}`);
  if (p.offsetMinutes === undefined) return wallClock(p);
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return new Date(utc - p.offsetMinutes * 60_000);
}

/**
 * Reads the wall-clock part and ignores any zone suffix. For fields where py-ispyb is known to
 * append a wrong zone: a top-level Shipping or LabContact (GET by id, POST, PATCH) carries
 * `bltimeStamp`/`recordTimeStamp` with `+00:00`, while the very same value inside a list has no
 * zone. The database value is facility local time in both cases, so honouring the `+00:00`
 * would make a shipment's date differ between the list and its detail page.
 */
export function parseIspybWallClock(s: string): Date {
  const p = splitDate(s);
  if (!p) throw new RangeError(`Not an ISPyB date: ${JSON.stringify(s)}`);
  return wallClock(p);
}

/** `null`/`undefined` → `undefined`, otherwise {@link parseIspybDate}. */
export function parseOptionalIspybDate(s: string | null | undefined): Date | undefined {
  return s === null || s === undefined ? undefined : parseIspybDate(s);
}

/**
 * py-ispyb writes database times as zone-less ISO strings (`2023-01-25T10:05:00`) in facility
 * local time. The demo's facility clock is UTC: rows store those zone-less strings, and every
 * comparison parses them as UTC, so results do not depend on the machine's time zone.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** `2023-01-25T10:05:00`: whole seconds, as ISPyB's DATETIME columns hold them. */
export function toIsoLocal(date: Date): string {
  return date.toISOString().slice(0, 19);
}

export function parseIsoLocal(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
}

export function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + Math.round(seconds * 1000));
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + Math.round(minutes * MINUTE_MS));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

/** Minutes between two zone-less ISO strings. */
export function minutesBetween(start: string, end: string): number {
  return (parseIsoLocal(end).getTime() - parseIsoLocal(start).getTime()) / MINUTE_MS;
}

import dayjs from 'dayjs';

/** `2024-03-05 14:07`: the one date-time format of the app (24 h, no seconds). */
export function formatDateTime(date: Date): string {
  return dayjs(date).format('YYYY-MM-DD HH:mm');
}

/** `14:07` */
export function formatTime(date: Date): string {
  return dayjs(date).format('HH:mm');
}

/**
 * Value for `<time dateTime>`: ISPyB dates are facility wall-clock times without a zone, so the
 * machine-readable form carries no zone either.
 */
export function dateTimeAttribute(date: Date): string {
  return dayjs(date).format('YYYY-MM-DDTHH:mm');
}

/** Minutes as `45 min`, `2 h 05 min`, `< 1 min`; `–` when unknown. */
export function formatDurationMinutes(minutes: number | undefined): string {
  if (minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return '–';
  const rounded = Math.round(minutes);
  if (rounded === 0) return minutes === 0 ? '0 min' : '< 1 min';
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return `${rest} min`;
  return `${hours} h ${String(rest).padStart(2, '0')} min`;
}

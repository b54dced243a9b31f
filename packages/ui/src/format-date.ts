const dateFormat = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** 2025-03-17 → 17.03.2025, the way Russian users write dates. A calendar day has no time zone. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** How much of a moment to show: its day, to the minute, or to the second (the order of events within a minute). */
export type DateTimePrecision = 'day' | 'minute' | 'second';

const day = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const parts: Record<DateTimePrecision, Intl.DateTimeFormatOptions> = {
  day,
  minute: { ...day, hour: '2-digit', minute: '2-digit' },
  second: { ...day, hour: '2-digit', minute: '2-digit', second: '2-digit' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment on the deployment's wall clock (`timeZone` from `useTimeZone()`), never the browser's:
 * 17.03.2025, 09:05; with 'second' 17.03.2025, 09:05:07; with 'day' 17.03.2025.
 */
export function formatDateTime(iso: string, timeZone: string, precision: DateTimePrecision = 'minute'): string {
  const key = `${timeZone} ${precision}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('ru-RU', { ...parts[precision], timeZone });
    formats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** 23.11.2026 (or 1.2.2026) → 2026-11-23; null for anything that is not a real day written that way. */
export function parseRussianDate(text: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [, day, month, year] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

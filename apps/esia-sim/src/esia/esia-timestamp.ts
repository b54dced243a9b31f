/**
 * ESIA's request timestamp, `yyyy.MM.dd HH:mm:ss Z` (e.g. `2026.11.23 09:00:00 +0000`), and the
 * window around the sim's clock in which a signed request is accepted (a replayed or badly
 * clocked request outside it gets ESIA-007015).
 */

export const timestampWindowMs = 5 * 60 * 1000;

const pattern = /^(\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

const two = (value: number): string => String(value).padStart(2, '0');

/** The instant a timestamp names, or undefined when it is not one (a real calendar date and time). */
export function parseEsiaTimestamp(timestamp: string): Date | undefined {
  const match = pattern.exec(timestamp);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match.slice(1).map(Number) as number[];
  const local = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(local);
  // Date.UTC rolls 2026.02.30 over into March: such a timestamp names no instant.
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59 || second! > 59) return undefined;
  const offsetMs = (offsetHours! * 60 + offsetMinutes!) * 60 * 1000 * (match[7] === '-' ? -1 : 1);
  return new Date(local - offsetMs);
}

/** `yyyy.MM.dd HH:mm:ss +0000` in UTC, as relying parties send it. */
export function formatEsiaTimestamp(instant: Date): string {
  const date = `${instant.getUTCFullYear()}.${two(instant.getUTCMonth() + 1)}.${two(instant.getUTCDate())}`;
  return `${date} ${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}:${two(instant.getUTCSeconds())} +0000`;
}

export function isWithinTimestampWindow(timestamp: string, now: Date): boolean {
  const instant = parseEsiaTimestamp(timestamp);
  return instant !== undefined && Math.abs(instant.getTime() - now.getTime()) <= timestampWindowMs;
}

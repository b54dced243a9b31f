const dateFormat = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const minutes = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' } as const;
const toMinute = new Intl.DateTimeFormat('ru-RU', minutes);
const toSecond = new Intl.DateTimeFormat('ru-RU', { ...minutes, second: '2-digit' });

/** 2025-03-17 → 17.03.2025, the way Russian users write dates. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A moment in the browser's time zone: 17.03.2025, 09:05, or with `seconds` 17.03.2025, 09:05:07
 * (where the order of events within a minute matters: the audit log, the ESIA links, API clients).
 */
export function formatDateTime(iso: string, { seconds = false }: { seconds?: boolean } = {}): string {
  return (seconds ? toSecond : toMinute).format(new Date(iso));
}

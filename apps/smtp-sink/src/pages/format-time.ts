/** Date and time as people in the deployment's time zone read them. */
export function formatTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'medium', timeZone }).format(date);
}

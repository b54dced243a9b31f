import type { HeaderValue } from 'mailparser';

type HeaderItem = Exclude<HeaderValue, unknown[]>;

/** mailparser gives structured header values; the sink shows and serves them as plain text. */
export function headerText(value: HeaderValue): string {
  const items: HeaderItem[] = Array.isArray(value) ? (value as HeaderItem[]) : [value];
  return items.map(itemText).join(', ');
}

function itemText(item: HeaderItem): string {
  if (typeof item === 'string') return item;
  if (item instanceof Date) return item.toISOString();
  if ('text' in item && typeof item.text === 'string') return item.text; // an address header
  if ('params' in item && typeof item.value === 'string') {
    const params = Object.entries(item.params).map(([key, param]) => `; ${key}=${String(param)}`);
    return item.value + params.join('');
  }
  // The combined List-* headers: one "name: value" pair per original header.
  return Object.entries(item)
    .map(([key, entry]) => `${key}: ${entry.url ?? entry.mail ?? entry.id ?? entry.name ?? ''}`)
    .join(', ');
}

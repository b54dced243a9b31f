const latin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  '-': '-',
};

// Names come from small pools: remembering each spelling's Latin form spares millions of
// identical conversions.
const transliterated = new Map<string, string>();

export function transliterate(value: string): string {
  let result = transliterated.get(value);
  if (result === undefined) {
    result = Array.from(value.toLowerCase(), (letter) => latin[letter] ?? '').join('');
    transliterated.set(value, result);
  }
  return result;
}

/**
 * School-issued logins look like `petrova.as`; the serial keeps them unique across the region
 * (the column has a unique index, as in the real system). Joined rather than concatenated: a
 * million concatenated strings stay ropes of small pieces and cost hundreds of megabytes.
 */
export function legacyLogin(name: { lastName: string; firstName: string; middleName?: string | null }, serial: number): string {
  const initials = transliterate(name.firstName.slice(0, 1)) + transliterate((name.middleName ?? '').slice(0, 1));
  return [transliterate(name.lastName), initials, serial.toString(36)].join('.');
}

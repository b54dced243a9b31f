export interface FullName {
  lastName: string;
  firstName: string;
  middleName?: string | null;
}

// Copy-paste from documents and office software brings in every dash Unicode has.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]/g;
// Same for apostrophes (Д'Артаньян, О'Коннор): typographic variants must not split a match.
const APOSTROPHES = /[\u2018\u2019\u02B9\u02BC\u0060\u00B4]/g;
// Invisible characters survive trim() and would make two identical-looking names differ.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The comparable form of one part of a name. Two spellings a clerk would call "the same name"
 * must normalise to the same string: case, ё/е, extra spaces, dash variants and spaces around
 * the hyphen of a double surname differ between ESIA and cards typed in by schools.
 */
export function normalizeNamePart(value: string): string {
  return (
    value
      // Decomposed "е + ◌̈" / "и + ◌̆" (macOS, some PDFs) must become ё / й before folding.
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(DASHES, '-')
      .replace(APOSTROPHES, "'")
      .replace(/\s+/g, ' ')
      .replace(/ ?- ?/g, '-')
      .replace(/-{2,}/g, '-')
      .toLocaleLowerCase('ru')
      .replace(/ё/g, 'е')
      .replace(/^-+|-+$/g, '')
      .trim()
  );
}

/**
 * The indexed lookup key "last|first|middle". An absent middle name is '' so that
 * "no middle name" on both sides is equal, while "absent on one side only" is not.
 */
export function fullNameKey(name: FullName): string {
  // A stray '|' inside a part would let two different names share a key.
  const part = (value: string | null | undefined) => normalizeNamePart(value ?? '').replace(/\|/g, '');
  return [part(name.lastName), part(name.firstName), part(name.middleName)].join('|');
}

/** For display: the person's own spelling (ё, capitals) is kept, only whitespace is tidied. */
export function formatFullName(name: FullName): string {
  return [name.lastName, name.firstName, name.middleName ?? '']
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * The parts of a name typed with Latin letters («Petr»). ESIA spells Russian names in Cyrillic,
 * so a card like that will not be found at sign-in; staff are warned and may still save it
 * (a foreign citizen's name may really be Latin).
 */
export function latinNameParts<Part extends keyof FullName>(name: Pick<FullName, Part>): Part[] {
  return (Object.keys(name) as Part[]).filter((part) => /[a-z]/i.test(name[part] ?? ''));
}

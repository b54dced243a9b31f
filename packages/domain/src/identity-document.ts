import { latinToCyrillic } from './look-alike-letters';

/** ESIA's document type codes, kept as ESIA spells them so claims map without translation. */
export const identityDocumentTypes = ['RF_PASSPORT', 'RF_BRTH_CERT', 'FID_DOC', 'FRGN_PASS', 'MLTR_ID'] as const;

export type IdentityDocumentType = (typeof identityDocumentTypes)[number];

export interface IdentityDocument {
  type: IdentityDocumentType;
  series?: string | null;
  number: string;
}

export function isIdentityDocumentType(value: unknown): value is IdentityDocumentType {
  return typeof value === 'string' && (identityDocumentTypes as readonly string[]).includes(value);
}

// Look-alikes between the alphabets, as typed by people who switch keyboard layouts.
const CYRILLIC_TO_LATIN_NUMERALS: Record<string, string> = { Х: 'X', С: 'C', М: 'M' };

/**
 * A birth certificate series is a Roman numeral in Latin letters plus two Cyrillic letters
 * ("IV-МЮ"). Clerks often type a Cyrillic Х/С/М in the numeral or a Latin М/Е in the letters;
 * since each half can only be one alphabet, folding look-alikes there cannot join two real numbers.
 */
function foldBirthCertificate(compact: string): string {
  const parts = /^([A-ZА-Я]+)([A-ZА-Я]{2})(\d+)$/.exec(compact);
  if (!parts) return compact;
  const [, numeral = '', letters = '', digits = ''] = parts;
  const latinNumeral = numeral.replace(/[ХСМ]/g, (c) => CYRILLIC_TO_LATIN_NUMERALS[c] ?? c);
  if (!/^[IVXLCDM]+$/.test(latinNumeral)) return compact;
  const cyrillicLetters = letters.replace(/[A-Z]/g, (c) => latinToCyrillic[c] ?? c);
  if (!/^[А-Я]{2}$/.test(cyrillicLetters)) return compact;
  return latinNumeral + cyrillicLetters + digits;
}

/**
 * The comparable key of a document: `${type}:${SERIES+NUMBER}`. Series and number are joined
 * because sources disagree on where one ends ("4510 123456" as the number alone, or series
 * "4510" + number "123456"), and everything but letters and digits is dropped ("4514 987 654").
 * Returns null when there is no digit at all: such a value cannot identify anybody.
 */
export function identityDocumentKey(doc: { type: string; series?: string | null; number: string }): string | null {
  const type = doc.type.trim();
  if (type === '') return null;
  let compact = `${doc.series ?? ''}${doc.number}`
    .normalize('NFC')
    .toLocaleUpperCase('ru')
    .replace(/Ё/g, 'Е')
    // Ukrainian/Belarusian І is not a Russian letter: in a series it can only mean the numeral I.
    .replace(/І/g, 'I')
    .replace(/[^A-ZА-Я0-9]/g, '');
  if (!/\d/.test(compact)) return null;
  if (type === 'RF_BRTH_CERT') compact = foldBirthCertificate(compact);
  return `${type}:${compact}`;
}

import { identityDocumentKey, normalizeNamePart, normalizeSnils } from '@vhod/domain';
import { persons } from '@vhod/db';
import { and, eq, like, or, type SQL } from 'drizzle-orm';

// Fewer characters would match a large share of all documents and tell nothing.
const MIN_DOCUMENT_SEARCH_LENGTH = 4;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One search box for ФИО, SNILS and document number, each compared in its normalised form:
 * - every word must occur in the name key ("петрова|анна|сергеевна"), so «Петрова Анна»,
 *   «анна петр» and «Соловьёва» (ё → е) all find their card;
 * - a complete SNILS in any spelling finds the card with exactly that SNILS;
 * - a document number (with or without its series, spaces, dashes) matches the end of the
 *   document key, so «123456», «4510 123456» and «V-МЮ 634521» all work.
 * Without `personalData` only names are searched: finding a card by a SNILS would tell a
 * reader who may not see SNILS whose it is.
 */
export function cardSearchCondition(term: string | null | undefined, { personalData }: { personalData: boolean }): SQL | undefined {
  const text = term?.trim().slice(0, 200);
  if (!text) return undefined;
  const alternatives: SQL[] = [];

  const words = normalizeNamePart(text)
    .split(' ')
    .map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter(Boolean);
  if (words.length > 0) alternatives.push(and(...words.map((word) => like(persons.nameKey, `%${escapeLike(word)}%`)))!);

  const snils = personalData ? normalizeSnils(text) : null;
  if (snils) alternatives.push(eq(persons.snils, snils));

  if (personalData && /\d/.test(text)) {
    // The birth-certificate type folds look-alike letters in a series; for other numbers it changes nothing.
    const key = identityDocumentKey({ type: 'RF_BRTH_CERT', number: text });
    const compact = key?.slice(key.indexOf(':') + 1);
    if (compact && compact.length >= MIN_DOCUMENT_SEARCH_LENGTH) alternatives.push(like(persons.documentKey, `%:%${escapeLike(compact)}`));
  }
  return alternatives.length > 0 ? or(...alternatives) : undefined;
}

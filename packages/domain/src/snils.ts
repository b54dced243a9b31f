import { DomainError } from './domain-error';

/** SNILS arrive as "112-233-445 95", "11223344595" or with stray spaces; only the digits matter. */
export function normalizeSnils(input: string | null | undefined): string | null {
  if (input == null) return null;
  const digits = input.replace(/\D/g, '');
  return digits.length === 11 ? digits : null;
}

// The Pension Fund issued numbers up to 001-001-998 before the checksum rule existed.
const LAST_UNCHECKED_NUMBER = 1_001_998;

/** The Pension Fund control number: weights 9..1 over the first nine digits. */
export function snilsChecksum(firstNineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(firstNineDigits[i]) * (9 - i);
  if (sum < 100) return sum;
  if (sum === 100 || sum === 101) return 0;
  const rest = sum % 101;
  return rest === 100 ? 0 : rest;
}

/** Catches typos before a wrong SNILS is saved to a card or used to search for one. */
export function isValidSnils(input: string): boolean {
  const digits = normalizeSnils(input);
  if (digits === null) return false;
  const number = digits.slice(0, 9);
  if (Number(number) <= LAST_UNCHECKED_NUMBER) return true;
  return snilsChecksum(number) === Number(digits.slice(9));
}

/** "XXX-XXX-XXX YY", the way the number is printed on the SNILS card. */
export function formatSnils(input: string): string {
  const d = normalizeSnils(input);
  if (d === null) throw new DomainError('invalid-snils');
  return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}`;
}

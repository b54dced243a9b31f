/**
 * Text from outside (form fields, search boxes, comments, logins) carries no control
 * characters. NUL cannot even be stored (PostgreSQL's text refuses it, and the request would
 * fail as an internal error); the others are never typed on purpose and would travel on into
 * emails, CSV files and the audit log. Multi-line fields (comments, notes, reply templates)
 * keep line breaks (\n) and tabs; a carriage return is refused there too (browsers send \n).
 *
 * Each field's own trimming and whitespace tidying comes first, so a newline pasted after an
 * e-mail address is still trimmed away rather than refused: put the check after them.
 */
import { z } from 'zod';
import { DomainError } from './domain-error';

export const controlCharactersCode = 'validation.control-characters';

export type TextKind = 'single-line' | 'multi-line';

const anyControl = /\p{Cc}/u;
const controlButLineBreakOrTab = /[^\P{Cc}\n\t]/u;

export function hasControlCharacters(text: string, kind: TextKind = 'single-line'): boolean {
  return (kind === 'multi-line' ? controlButLineBreakOrTab : anyControl).test(text);
}

/** The zod check for a form schema: `z.string().trim().check(withoutControlCharacters())`. */
export function withoutControlCharacters(kind: TextKind = 'single-line') {
  return z.refine<string>((text) => !hasControlCharacters(text, kind), { error: controlCharactersCode });
}

/** For a text argument no form schema covers (a search box, a decision comment): refused with `control-characters`. */
export function requirePlainText<T extends string | null | undefined>(text: T, field: string, kind: TextKind = 'single-line'): T {
  if (typeof text === 'string' && hasControlCharacters(text, kind)) throw new DomainError('control-characters', { field });
  return text;
}

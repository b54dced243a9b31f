import { EMAIL_FOOTER } from './footer';

/** The plain text version: paragraphs separated by blank lines, then the footer. */
export function renderTextLayout(paragraphs: ReadonlyArray<string>): string {
  return `${[...paragraphs, '—', EMAIL_FOOTER].join('\n\n')}\n`;
}

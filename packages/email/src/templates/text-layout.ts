import { EMAIL_FOOTER } from './footer';
import type { EmailLink } from './portal-links';

/** The plain text version: paragraphs separated by blank lines, the links one a line, then the footer. */
export function renderTextLayout(paragraphs: ReadonlyArray<string>, links: ReadonlyArray<EmailLink> = []): string {
  const linkLines = links.length > 0 ? [links.map((link) => `${link.label}: ${link.href}`).join('\n')] : [];
  return `${[...paragraphs, ...linkLines, '—', EMAIL_FOOTER].join('\n\n')}\n`;
}

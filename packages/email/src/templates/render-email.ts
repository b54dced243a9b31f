import { renderHtmlLayout } from './html-layout';
import type { EmailLink } from './portal-links';
import type { RenderedEmail } from './rendered-email';
import { renderTextLayout } from './text-layout';

/**
 * Builds both versions from the same plain-text paragraphs (a line break inside one is kept), so
 * they never say different things; `links` close the message, as addresses in the text version.
 */
export function renderEmail(subject: string, paragraphs: ReadonlyArray<string>, links: ReadonlyArray<EmailLink> = []): RenderedEmail {
  return { subject, text: renderTextLayout(paragraphs, links), html: renderHtmlLayout(subject, paragraphs, links) };
}

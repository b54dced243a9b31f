import { renderHtmlLayout } from './html-layout';
import type { RenderedEmail } from './rendered-email';
import { renderTextLayout } from './text-layout';

/** Builds both versions from the same plain-text paragraphs, so they never say different things. */
export function renderEmail(subject: string, paragraphs: ReadonlyArray<string>): RenderedEmail {
  return { subject, text: renderTextLayout(paragraphs), html: renderHtmlLayout(subject, paragraphs) };
}

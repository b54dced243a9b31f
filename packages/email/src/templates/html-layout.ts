import escapeHtml from 'escape-html';
import { EMAIL_FOOTER } from './footer';
import type { EmailLink } from './portal-links';

/**
 * The HTML version. Templates hand over plain text only and every piece is escaped here, so a
 * template cannot forget to escape user data. Styles are inline because mail clients drop
 * <style> blocks and external stylesheets.
 */
export function renderHtmlLayout(title: string, paragraphs: ReadonlyArray<string>, links: ReadonlyArray<EmailLink> = []): string {
  const linkParagraph =
    links.length > 0
      ? [
          `<p style="margin:0 0 16px 0;">${links
            .map((link) => `<a href="${escapeHtml(link.href)}" style="color:#0d4cd3;">${escapeHtml(link.label)}</a>`)
            .join('<br>')}</p>`,
        ]
      : [];
  const body = [
    ...paragraphs.map((paragraph) => `<p style="margin:0 0 16px 0;">${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`),
    ...linkParagraph,
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f4f7;">
<div style="max-width:600px;margin:0 auto;padding:24px 16px;">
<div style="background-color:#ffffff;border-radius:8px;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2328;">
<h1 style="margin:0 0 16px 0;font-size:20px;line-height:1.3;">${escapeHtml(title)}</h1>
${body}
</div>
<p style="margin:16px 0 0 0;font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.4;color:#6a737d;">${escapeHtml(EMAIL_FOOTER)}</p>
</div>
</body>
</html>
`;
}

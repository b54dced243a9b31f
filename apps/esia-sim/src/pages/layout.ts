import { html, trustedHtml, type SafeHtml } from './html';

export { escapeHtml, html, trustedHtml, SafeHtml } from './html';

/**
 * Machine-readable page kinds. The fetch-driven sign-in helper reads them from
 * `data-esia-sim-page` instead of guessing from Russian text that designers may reword.
 */
export type PageKind = 'login' | 'consent' | 'index' | 'error' | 'logout' | 'logged-out' | 'cabinet-login' | 'cabinet';

export interface PageOptions {
  title: string;
  kind: PageKind;
  body: SafeHtml;
}

/** The one stylesheet, inline; the CSP allows exactly this text by its hash (http/page-security-headers.ts). */
export const pageStyles = `
*{box-sizing:border-box}
body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#0b1f33;background:#f5f7fa;line-height:1.4}
header{background:#0d4cd3;color:#fff;padding:14px 24px;font-size:20px;font-weight:bold}
.dev-note{background:#fff4d6;border-bottom:1px solid #e8c66b;padding:8px 24px;font-size:14px}
main{max-width:760px;margin:24px auto;padding:0 16px}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:24px;margin-bottom:24px}
h1{font-size:24px;margin:0 0 16px}
h2{font-size:18px;margin:0 0 12px}
label{display:block;margin:12px 0 4px;font-size:14px;color:#66727f}
input[type=text],input[type=password]{width:100%;padding:10px;border:1px solid #b6c0cb;border-radius:4px;font-size:16px}
button{font-size:16px;padding:10px 20px;border-radius:4px;border:1px solid #0d4cd3;cursor:pointer}
.primary{background:#0d4cd3;color:#fff}
.secondary{background:#fff;color:#0d4cd3}
.actions{display:flex;gap:12px;margin-top:20px;flex-wrap:wrap}
.error{background:#fde8e8;color:#a4161a;border-radius:4px;padding:10px;margin-bottom:12px}
.notice{background:#e6f4ea;color:#1e5631;border-radius:4px;padding:10px;margin-bottom:12px}
.requests{list-style:none;margin:0;padding:0}
.requests>li{border:1px solid #d5dce4;border-radius:6px;padding:16px;margin-bottom:12px}
.muted{color:#66727f;font-size:14px}
.citizens{list-style:none;margin:0;padding:0}
.citizens li{margin-bottom:8px}
.citizen{width:100%;text-align:left;background:#fff;color:#0b1f33;border:1px solid #d5dce4;display:block}
.citizen:hover{border-color:#0d4cd3}
.citizen .name{font-weight:bold;display:block}
.citizen .meta{font-size:14px;color:#66727f}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;border-bottom:1px solid #e1e6eb;padding:6px 4px;vertical-align:top}
code{background:#eef1f5;padding:1px 4px;border-radius:3px}
`;

export function renderPage({ title, kind, body }: PageOptions): string {
  return html`<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Госуслуги (тестовая среда)</title>
<style>${trustedHtml(pageStyles)}</style>
</head>
<body>
<header>Госуслуги — тестовая среда (разработка)</header>
<div class="dev-note" role="note">Это тестовый поставщик входа для разработки, а не настоящие Госуслуги. Все люди и документы здесь вымышлены.</div>
<main data-esia-sim-page="${kind}">
${body}
</main>
</body>
</html>`.toString();
}

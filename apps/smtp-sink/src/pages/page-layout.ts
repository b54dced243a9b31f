import escapeHtml from 'escape-html';

export interface PageOptions {
  title: string;
  /** Already escaped HTML. */
  body: string;
  /** Seconds; the inbox reloads itself so new mail shows up without scripts. */
  refreshSeconds?: number;
}

export function renderPage({ title, body, refreshSeconds }: PageOptions): string {
  const refresh = refreshSeconds ? `<meta http-equiv="refresh" content="${refreshSeconds}">` : '';
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh}
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 24px; color: #1f2328; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #d0d7de; vertical-align: top; }
pre { white-space: pre-wrap; background: #f6f8fa; padding: 12px; border-radius: 6px; }
iframe { width: 100%; height: 480px; border: 1px solid #d0d7de; border-radius: 6px; }
dt { font-weight: 600; } dd { margin: 0 0 8px; }
.empty { color: #57606a; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

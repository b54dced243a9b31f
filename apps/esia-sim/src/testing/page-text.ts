/** The readable text of an HTML page, for error messages of the test drivers. */
export function pageText(body: string): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(body)?.[1] ?? body;
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

/** The action of the page's form marked `data-esia-sim-form="<name>"`, as the browser would read it. */
export function formAction(body: string, name: 'login-as' | 'consent'): string | undefined {
  const action = new RegExp(`<form method="post" action="([^"]*)" data-esia-sim-form="${name}">`).exec(body)?.[1];
  return action?.replace(/&amp;/g, '&');
}

import { html, renderPage } from './layout';

export interface ErrorPageOptions {
  title?: string;
  message: string;
  /** Technical details (OAuth error code and description), shown small for developers. */
  details?: ReadonlyArray<readonly [string, string]>;
}

export function renderErrorPage({ title = 'Ошибка', message, details = [] }: ErrorPageOptions): string {
  return renderPage({
    title,
    kind: 'error',
    body: html`<section class="card">
<h1>${title}</h1>
<p role="alert">${message}</p>
${
  details.length === 0
    ? ''
    : html`<table>${details.map(([key, value]) => html`<tr><th>${key}</th><td><code>${value}</code></td></tr>`)}</table>`
}
</section>`,
  });
}

/** A one-click sign-in posted a subject no demo citizen has. */
export function renderUnknownCitizenPage(subject: string): string {
  return renderErrorPage({
    message: 'Такого тестового пользователя нет. Вернитесь назад и выберите пользователя из списка.',
    details: [['subject', subject]],
  });
}

import { renderPage } from './page-layout';

export function renderNotFoundPage(): string {
  return renderPage({
    title: 'Не найдено',
    body: '<h1>Не найдено</h1>\n<p>Такой страницы или письма нет (письма хранятся только в памяти, до перезапуска).</p>\n<p><a href="/">← Все письма</a></p>',
  });
}

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPortalPage } from '../../testing/render-portal-page';
import MyRequestsPage from './my-requests-page';

const request = (overrides: Record<string, unknown>) => ({
  id: 'r1',
  number: '2026-000123',
  status: 'NEW',
  createdAt: '2026-11-23T09:00:00.000Z',
  childFullName: 'Николаева Вера Петровна',
  className: '8А',
  decisionComment: null,
  organisation: { id: 'o1', name: 'МБОУ «Школа № 1»' },
  ...overrides,
});

describe('«Мои обращения»', () => {
  it('lists each request with its number, day, organisation and class, child, status in Russian and the decision', () => {
    renderPortalPage(<MyRequestsPage />, {
      answers: {
        MyAccessRequests: {
          myAccessRequests: {
            edges: [
              { node: request({ status: 'REJECTED', decisionComment: 'Ребёнок не числится в школе' }) },
              { node: request({ id: 'r2', number: '2026-000124', status: 'IN_REVIEW', className: null, childFullName: null }) },
            ],
          },
        },
      },
    });

    const rows = screen.getAllByRole('row').map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Номер', 'Отправлено', 'Организация', 'Ребёнок', 'Статус', 'Комментарий организации'],
      ['2026-000123', '23.11.2026', 'МБОУ «Школа № 1», 8А', 'Николаева Вера Петровна', 'Отклонено', 'Ребёнок не числится в школе'],
      ['2026-000124', '23.11.2026', 'МБОУ «Школа № 1»', '—', 'На рассмотрении', '—'],
    ]);
    expect(screen.getByRole('link', { name: 'Новое обращение' }).getAttribute('href')).toBe('/access-request');
  });

  it('says there are none yet', () => {
    renderPortalPage(<MyRequestsPage />, { answers: { MyAccessRequests: { myAccessRequests: { edges: [] } } } });

    screen.getByText('Обращений пока нет.');
    expect(screen.queryByRole('table')).toBeNull();
  });
});

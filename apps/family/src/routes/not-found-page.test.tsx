import { screen } from '@testing-library/react';
import type { Viewer } from '@vhod/ui';
import { describe, expect, it } from 'vitest';
import { renderPortalPage } from '../testing/render-portal-page';
import { NotFoundPage } from './not-found-page';

function unmatched(notFoundReason: Viewer['notFoundReason']): Viewer {
  return {
    stage: 'UNMATCHED',
    app: 'FAMILY',
    signInRole: 'PARENT',
    esiaFullName: 'Николаев Пётр Ильич',
    notFoundReason,
    consentScopes: [],
    accountChoices: [],
    signInMethod: 'ESIA',
    staffPermissions: null,
    person: null,
    account: null,
  };
}

const deployment = (selfLinkOpen: boolean, selfLinkCutoff: string) => ({
  deployment: { selfLinkOpen, selfLinkCutoff, legacySignInOpen: selfLinkOpen },
});

describe('the not-found page', () => {
  it('says no user is linked to this ESIA account and, until the cutoff, offers the legacy link, a request and «Мои обращения»', () => {
    renderPortalPage(<NotFoundPage viewer={unmatched('NO_MATCHING_CARD')} />, { answers: { Deployment: deployment(true, '2027-03-17') } });

    expect(screen.getByRole('heading', { name: 'Пользователь не найден' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы',
    );
    screen.getByText(
      'Мы не нашли личную карточку с вашими ФИО и документом, удостоверяющим личность, среди пользователей с выбранной ролью.',
    );
    screen.getByText('Если у вас есть логин и пароль от «Сетевого города», свяжите его с учётной записью Госуслуг (до 17.03.2027).');
    expect(screen.getByRole('link', { name: 'Привязать учётную запись' }).getAttribute('href')).toBe('/link');
    expect(screen.getByRole('link', { name: 'Обратиться в организацию' }).getAttribute('href')).toBe('/access-request');
    expect(screen.getByRole('link', { name: 'Мои обращения' }).getAttribute('href')).toBe('/my-requests');
    // The one way out is the header's «Выход», not a second button in the page.
    expect(screen.queryByRole('button', { name: /Выйти|Выход/ })).toBeNull();
  });

  it('after the cutoff says since when staff do the linking, and offers no legacy link', () => {
    renderPortalPage(<NotFoundPage viewer={unmatched('NO_MATCHING_CARD')} />, { answers: { Deployment: deployment(false, '2025-03-17') } });

    screen.getByText(
      'Самостоятельная привязка по логину и паролю завершилась 17.03.2025. Теперь связь устанавливает ответственный сотрудник образовательной организации после заполнения вашей личной карточки.',
    );
    expect(screen.queryByRole('link', { name: 'Привязать учётную запись' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Обратиться в организацию' }).getAttribute('href')).toBe('/access-request');
  });

  it('tells an unconfirmed ESIA account why it was not matched and how to confirm it', () => {
    renderPortalPage(<NotFoundPage viewer={unmatched('UNCONFIRMED_ACCOUNT')} />, {
      answers: { Deployment: deployment(true, '2027-03-17') },
    });

    screen.getByText(
      'Ваша учётная запись на портале Госуслуг не подтверждена. Автоматический поиск пользователя возможен только для подтверждённых учётных записей. Подтвердить учётную запись можно в центре обслуживания, через онлайн-банк или электронной подписью.',
    );
  });
});

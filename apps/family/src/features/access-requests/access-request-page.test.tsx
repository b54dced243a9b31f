import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPortalPage } from '../../testing/render-portal-page';
import AccessRequestPage from './access-request-page';

const school1 = '5b0c1a52-3c55-4f0e-9d6a-4a3f4b1d0001';
const class8a = '5b0c1a52-3c55-4f0e-9d6a-4a3f4b1d0081';

const parentForm = {
  eligible: true,
  ineligibility: null,
  fullName: 'Николаев Пётр Ильич',
  birthDate: '1990-01-15',
  email: 'p.nikolaev@example.ru',
  role: 'PARENT',
  children: [
    { id: '2000005', fullName: 'Николаева Вера Петровна', birthDate: '2017-05-05' },
    { id: '2000006', fullName: 'Николаев Илья Петрович', birthDate: '2019-02-11' },
  ],
};

const deployment = {
  Deployment: { deployment: { selfLinkOpen: true, selfLinkCutoff: '2027-03-17', legacySignInOpen: true, timeZone: 'Europe/Moscow' } },
};

const directory = {
  ...deployment,
  OrganisationTypes: { organisationTypes: { edges: [{ node: { code: 'school', name: 'Школа' } }] } },
  Organisations: { organisations: { edges: [{ node: { id: school1, name: 'МБОУ «Школа № 1»' } }] } },
  OrganisationClasses: { organisationClasses: { edges: [{ node: { id: class8a, name: '8А' } }] } },
};

describe('«Обращение в организацию»', () => {
  it('first says what happens to a request and when one may be sent, then «Продолжить» opens the form with «Выйти» beside «Отправить»', async () => {
    renderPortalPage(<AccessRequestPage />, { answers: { AccessRequestForm: { accessRequestForm: parentForm }, ...directory } });

    screen.getByText(/Обращение получит ответственный сотрудник выбранной образовательной организации/);
    screen.getByText('ваша учётная запись на портале Госуслуг подтверждена;');
    screen.getByText('для родителя — в профиле Госуслуг заполнены сведения о детях (раздел «Семья и дети»).');
    expect(screen.queryByRole('button', { name: 'Отправить обращение' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Продолжить' }));

    screen.getByRole('button', { name: 'Отправить обращение' });
    expect(screen.getByRole('button', { name: 'Выйти' }).closest('form')?.getAttribute('action')).toBe('/auth/logout?app=family');
  });

  it('shows the ESIA data read-only and, sent empty, says in Russian what to choose without sending anything', async () => {
    const page = renderPortalPage(<AccessRequestPage />, {
      answers: { AccessRequestForm: { accessRequestForm: parentForm }, ...directory },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Продолжить' }));

    screen.getByText('Информация была получена из Вашего профиля на портале Госуслуг');
    screen.getByText('Николаев Пётр Ильич');
    screen.getByText('15.01.1990');
    screen.getByText('Родитель');
    await userEvent.click(screen.getByRole('button', { name: 'Отправить обращение' }));

    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Выберите ребёнка.', 'Выберите организацию.']);
    expect(page.sent('SubmitAccessRequest')).toEqual([]);
    // Each error is tied to its control, and goes as soon as the field is right.
    const child = screen.getByLabelText('Ребёнок');
    expect(child.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(child.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe('Выберите ребёнка.');
    await userEvent.selectOptions(screen.getByLabelText('Тип организации'), 'Школа');
    const school = screen.getByRole('radio', { name: 'МБОУ «Школа № 1»' });
    expect(school.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(school);
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Выберите ребёнка.']);
    await userEvent.selectOptions(child, 'Николаева Вера Петровна, 05.05.2017');
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(child.getAttribute('aria-invalid')).toBeNull();
  });

  it('stops the comment at its limit and says so in red, announced', async () => {
    renderPortalPage(<AccessRequestPage />, { answers: { AccessRequestForm: { accessRequestForm: parentForm }, ...directory } });
    await userEvent.click(screen.getByRole('button', { name: 'Продолжить' }));
    const comment = screen.getByLabelText('Дополнительный комментарий (необязательно)');

    await userEvent.click(comment);
    await userEvent.paste('я'.repeat(1200));

    expect((comment as HTMLTextAreaElement).value).toHaveLength(1000);
    screen.getByText('1000 из 1000');
    const limit = screen.getByText('Достигнут предел: 1000 символов.');
    expect(limit.getAttribute('aria-live')).toBe('polite');
    expect(limit.className).toContain('field-error');
  });

  it('sends the chosen child, organisation and class, then shows the number and where it was emailed', async () => {
    const page = renderPortalPage(<AccessRequestPage />, {
      answers: {
        AccessRequestForm: { accessRequestForm: parentForm },
        ...directory,
        SubmitAccessRequest: {
          submitAccessRequest: {
            __typename: 'MutationSubmitAccessRequestSuccess',
            data: {
              alreadyExisted: false,
              request: {
                id: 'a1',
                number: '2026-000123',
                createdAt: '2026-11-23T21:30:00.000Z',
                childFullName: 'Николаева Вера Петровна',
                className: '8А',
                organisation: { id: school1, name: 'МБОУ «Школа № 1»' },
              },
            },
          },
        },
      },
    });

    await userEvent.click(screen.getByRole('button', { name: 'Продолжить' }));
    await userEvent.selectOptions(screen.getByLabelText('Ребёнок'), 'Николаева Вера Петровна, 05.05.2017');
    await userEvent.selectOptions(screen.getByLabelText('Тип организации'), 'Школа');
    await userEvent.click(screen.getByRole('radio', { name: 'МБОУ «Школа № 1»' }));
    await userEvent.selectOptions(screen.getByLabelText('Класс'), '8А');
    await userEvent.type(screen.getByLabelText('Дополнительный комментарий (необязательно)'), 'Вера перешла к вам в сентябре');
    await userEvent.click(screen.getByRole('button', { name: 'Отправить обращение' }));

    expect(page.sent('SubmitAccessRequest')).toEqual([
      {
        input: {
          organisationId: school1,
          classId: class8a,
          childId: '2000005',
          email: 'p.nikolaev@example.ru',
          comment: 'Вера перешла к вам в сентябре',
        },
      },
    ]);
    const status = screen.getByRole('status');
    expect(Array.from(status.querySelectorAll('p.lead'), (line) => line.textContent)).toEqual([
      'Успешно создан запрос получения доступа в систему',
      'Вашему обращению присвоен номер 2026-000123',
    ]);
    // The confirmation to keep: number, the day in the deployment's zone (21:30 UTC is the 24th in Moscow), organisation, child.
    expect(Array.from(status.querySelectorAll('dt, dd'), (cell) => cell.textContent)).toEqual([
      'Номер',
      '2026-000123',
      'Дата отправки',
      '24.11.2026',
      'Организация',
      'МБОУ «Школа № 1», 8А',
      'Ребёнок',
      'Николаева Вера Петровна',
    ]);
    screen.getByText('Номер обращения отправлен на p.nikolaev@example.ru. О решении организации вы также узнаете по электронной почте.');
    screen.getByRole('button', { name: 'Распечатать' });
  });

  it('shows the server’s refusal as it says it', async () => {
    renderPortalPage(<AccessRequestPage />, {
      answers: {
        AccessRequestForm: { accessRequestForm: { ...parentForm, children: parentForm.children.slice(0, 1) } },
        ...directory,
        SubmitAccessRequest: {
          submitAccessRequest: { __typename: 'DomainError', code: 'ORGANISATION_NOT_FOUND', message: 'Выберите организацию из списка.' },
        },
      },
    });

    await userEvent.click(screen.getByRole('button', { name: 'Продолжить' }));
    await userEvent.selectOptions(screen.getByLabelText('Тип организации'), 'Школа');
    await userEvent.click(screen.getByRole('radio', { name: 'МБОУ «Школа № 1»' }));
    await userEvent.click(screen.getByRole('button', { name: 'Отправить обращение' }));

    expect(screen.getByRole('alert').textContent).toBe('Выберите организацию из списка.');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('tells a parent without children in the ESIA profile to fill in «Семья и дети», and offers no form', () => {
    renderPortalPage(<AccessRequestPage />, {
      answers: {
        AccessRequestForm: { accessRequestForm: { ...parentForm, eligible: false, ineligibility: 'NO_CHILDREN_IN_ESIA', children: [] } },
        ...deployment,
      },
    });

    expect(screen.getByRole('alert').textContent).toBe(
      'В вашем профиле на портале Госуслуг нет сведений о детях. Сначала заполните раздел «Семья и дети» в профиле Госуслуг, затем войдите снова.',
    );
    expect(screen.queryByRole('button', { name: 'Отправить обращение' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Мои обращения' }).getAttribute('href')).toBe('/my-requests');
    expect(screen.getByRole('link', { name: 'Вернуться к вариантам входа' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('link', { name: 'Привязать учётную запись по логину и паролю' }).getAttribute('href')).toBe('/link');
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '@vhod/ui/testing';
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

const directory = {
  OrganisationTypes: { organisationTypes: { edges: [{ node: { code: 'school', name: 'Школа' } }] } },
  Organisations: { organisations: { edges: [{ node: { id: school1, name: 'МБОУ «Школа № 1»' } }] } },
  OrganisationClasses: { organisationClasses: { edges: [{ node: { id: class8a, name: '8А' } }] } },
};

describe('«Обращение в организацию»', () => {
  it('shows the ESIA data read-only and, sent empty, says in Russian what to choose without sending anything', async () => {
    const page = renderWithApi(<AccessRequestPage />, { answers: { AccessRequestForm: { accessRequestForm: parentForm }, ...directory } });

    screen.getByText('Информация была получена из Вашего профиля на портале Госуслуг');
    screen.getByText('Николаев Пётр Ильич');
    screen.getByText('15.01.1990');
    screen.getByText('Родитель');
    await userEvent.click(screen.getByRole('button', { name: 'Отправить обращение' }));

    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Выберите ребёнка.', 'Выберите организацию.']);
    expect(page.sent('SubmitAccessRequest')).toEqual([]);
  });

  it('sends the chosen child, organisation and class, then shows the number and where it was emailed', async () => {
    const page = renderWithApi(<AccessRequestPage />, {
      answers: {
        AccessRequestForm: { accessRequestForm: parentForm },
        ...directory,
        SubmitAccessRequest: {
          submitAccessRequest: {
            __typename: 'MutationSubmitAccessRequestSuccess',
            data: { alreadyExisted: false, request: { id: 'a1', number: '2026-000123' } },
          },
        },
      },
    });

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
    expect(screen.getByRole('status').textContent).toBe(
      'Успешно создан запрос получения доступа в системуВашему обращению присвоен номер 2026-000123' +
        'Номер обращения отправлен на p.nikolaev@example.ru. О решении организации вы также узнаете по электронной почте.',
    );
  });

  it('shows the server’s refusal as it says it', async () => {
    renderWithApi(<AccessRequestPage />, {
      answers: {
        AccessRequestForm: { accessRequestForm: { ...parentForm, children: parentForm.children.slice(0, 1) } },
        ...directory,
        SubmitAccessRequest: {
          submitAccessRequest: { __typename: 'DomainError', code: 'ORGANISATION_NOT_FOUND', message: 'Выберите организацию из списка.' },
        },
      },
    });

    await userEvent.selectOptions(screen.getByLabelText('Тип организации'), 'Школа');
    await userEvent.click(screen.getByRole('radio', { name: 'МБОУ «Школа № 1»' }));
    await userEvent.click(screen.getByRole('button', { name: 'Отправить обращение' }));

    expect(screen.getByRole('alert').textContent).toBe('Выберите организацию из списка.');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('tells a parent without children in the ESIA profile to fill in «Семья и дети», and offers no form', () => {
    renderWithApi(<AccessRequestPage />, {
      answers: {
        AccessRequestForm: { accessRequestForm: { ...parentForm, eligible: false, ineligibility: 'NO_CHILDREN_IN_ESIA', children: [] } },
      },
    });

    expect(screen.getByRole('alert').textContent).toBe(
      'В вашем профиле на портале Госуслуг нет сведений о детях. Сначала заполните раздел «Семья и дети» в профиле Госуслуг, затем войдите снова.',
    );
    expect(screen.queryByRole('button', { name: 'Отправить обращение' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Мои обращения' }).getAttribute('href')).toBe('/my-requests');
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPortalPage } from '../../testing/render-portal-page';
import { describe, expect, it, vi } from 'vitest';
import { ClientSignInPage } from './client-sign-in-page';

const pending = (consentRequired: boolean) => ({
  clientSignIn: {
    clientName: 'Кружки города',
    scopes: ['PROFILE', 'SCHOOL_ACCOUNT'],
    consentRequired,
    continuePath: '/oidc/interaction/abc',
    declinePath: '/oidc/interaction/abc/abort',
  },
});

describe('a system’s sign-in, once the person is signed in to Vhod', () => {
  it('asks «<Система> запрашивает: …» for a system that is not trusted, and returns to it on «Разрешить»', async () => {
    const leave = vi.fn();
    const { sent } = renderPortalPage(<ClientSignInPage uid="abc" leave={leave} />, {
      answers: {
        ClientSignIn: pending(true),
        AllowClientSignIn: {
          allowClientSignIn: { __typename: 'MutationAllowClientSignInSuccess', data: { continuePath: '/oidc/interaction/abc' } },
        },
      },
    });

    screen.getByRole('heading', { name: '«Кружки города» запрашивает:' });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['ФИО', 'роль, организация и класс']);
    expect(leave).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Разрешить' }));
    expect(sent('AllowClientSignIn')).toEqual([{ interaction: 'abc' }]);
    expect(leave).toHaveBeenCalledWith('/oidc/interaction/abc');
  });

  it('tells the system «Отказать» without recording anything', async () => {
    const leave = vi.fn();
    const { sent } = renderPortalPage(<ClientSignInPage uid="abc" leave={leave} />, { answers: { ClientSignIn: pending(true) } });
    await userEvent.click(screen.getByRole('button', { name: 'Отказать' }));
    expect(leave).toHaveBeenCalledWith('/oidc/interaction/abc/abort');
    expect(sent('AllowClientSignIn')).toEqual([]);
  });

  it('goes straight back to a trusted system', async () => {
    const leave = vi.fn();
    renderPortalPage(<ClientSignInPage uid="abc" leave={leave} />, { answers: { ClientSignIn: pending(false) } });
    screen.getByRole('status');
    await waitFor(() => expect(leave).toHaveBeenCalledWith('/oidc/interaction/abc'));
    expect(screen.queryByRole('button', { name: 'Разрешить' })).toBeNull();
  });

  it('says the sign-in has expired when the system’s request is gone', () => {
    renderPortalPage(<ClientSignInPage uid="gone" leave={vi.fn()} />, { answers: { ClientSignIn: { clientSignIn: null } } });
    expect(screen.getByRole('alert').textContent).toMatch(/Время на вход истекло/);
  });
});

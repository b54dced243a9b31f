import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Viewer } from './sign-in-flow/viewer-types';

/** Whose card and which account this is, so the user can check they are where they meant to be. */
export function AccountSummary({ viewer, children }: { viewer: Viewer; children?: ReactNode }) {
  const { t } = useTranslation();
  const { person, account } = viewer;
  return (
    <section className="card">
      <h1>{t('home.greeting', { name: person?.fullName ?? '' })}</h1>
      <p className="hint">{t('home.signedInAs')}</p>
      <dl className="facts">
        <dt>{t('home.role')}</dt>
        <dd>{account ? t(`roles.${account.role.toLowerCase()}`) : '—'}</dd>
        <dt>{t('home.organisation')}</dt>
        <dd>{account?.organisation.name ?? '—'}</dd>
        {account?.className ? (
          <>
            <dt>{t('home.className')}</dt>
            <dd>{account.className}</dd>
          </>
        ) : null}
      </dl>
      {children}
    </section>
  );
}

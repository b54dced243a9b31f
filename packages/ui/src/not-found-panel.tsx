import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignOutButton } from './page-layout';

/** «С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы», with what to do next. */
export function NotFoundPanel({ app, hint, children }: { app: 'family' | 'staff'; hint: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('notFound.title')}</h1>
      <p role="alert" className="lead">
        {t('notFound.message')}
      </p>
      <p>{hint}</p>
      {children}
      <div className="actions">
        <SignOutButton app={app} label={t('notFound.exit')} />
      </div>
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * «С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы», with what
 * to do next. The way out is the header's «Выход», the one exit of every page.
 */
export function NotFoundPanel({ hint, children }: { hint: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('notFound.title')}</h1>
      <p role="alert" className="lead">
        {t('notFound.message')}
      </p>
      <p>{hint}</p>
      {children}
    </section>
  );
}

import { SignOutButton } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import type { Viewer } from '@vhod/ui';

export function NotFoundPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('notFound.title')}</h1>
      <p role="alert" className="lead">
        {t('notFound.message')}
      </p>
      <p>{viewer.notFoundReason === 'UNCONFIRMED_ACCOUNT' ? t('notFound.unconfirmed') : t('notFound.noCard')}</p>
      <div className="actions">
        <SignOutButton app="family" label={t('notFound.exit')} />
      </div>
    </section>
  );
}

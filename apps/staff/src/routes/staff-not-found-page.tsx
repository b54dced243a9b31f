import { SignOutButton } from '@vhod/ui';
import { useTranslation } from 'react-i18next';

export function StaffNotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('notFound.title')}</h1>
      <p role="alert" className="lead">
        {t('notFound.message')}
      </p>
      <p>{t('notFound.staffHint')}</p>
      <div className="actions">
        <SignOutButton app="staff" label={t('notFound.exit')} />
      </div>
    </section>
  );
}

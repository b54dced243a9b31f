import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** Where «Обратиться в организацию» and «Нет нужной организации» lead until the request form exists. */
export function AccessRequestPlaceholder() {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('accessRequest.title')}</h1>
      <p>{t('accessRequest.placeholder')}</p>
      <Link href="/" className="button button-secondary">
        {t('common.continue')}
      </Link>
    </section>
  );
}

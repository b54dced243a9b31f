import { useDocumentTitle } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';

/** The home page's title, and what just happened: after linking by login and password, that it worked and what changes next time. */
export function HomeNotices() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  useDocumentTitle(t('home.title'), 'family');
  if (params.get('linked') !== '1') return null;
  return (
    <section className="card" role="status">
      <p className="lead success">{t('settings.linkedSuccess')}</p>
      <p>{t('home.linkedNext')}</p>
    </section>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab and history say which page this is: «<page> — <app>». */
export function useDocumentTitle(page: string | null | undefined, app: 'family' | 'staff') {
  const { t } = useTranslation();
  const appName = t(app === 'family' ? 'common.appName' : 'common.staffAppName');
  useEffect(() => {
    document.title = page ? `${page} — ${appName}` : appName;
  }, [page, appName]);
}

/** The same, for a page that is a branch of JSX rather than a component of its own. */
export function DocumentTitle({ page, app }: { page: string; app: 'family' | 'staff' }): null {
  useDocumentTitle(page, app);
  return null;
}

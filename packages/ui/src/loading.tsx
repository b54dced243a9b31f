import { useTranslation } from 'react-i18next';

/** What a page shows while it waits for its data: a spinner and the word, announced, and marked busy. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      {t('common.loading')}
    </div>
  );
}

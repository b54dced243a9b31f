import { useTranslation } from 'react-i18next';

/** «Предыдущие / Следующие» over rows already in the browser, with where the page is. */
export function TablePager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
}) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  return (
    <div className="pager">
      <button type="button" className="button button-secondary" disabled={page === 1} onClick={() => onPage(page - 1)}>
        {t('readiness.previousPage')}
      </button>
      <span role="status">{t('readiness.shownRange', { from, to, total })}</span>
      <button type="button" className="button button-secondary" disabled={to === total} onClick={() => onPage(page + 1)}>
        {t('readiness.nextPage')}
      </button>
    </div>
  );
}

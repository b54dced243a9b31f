import { useTimeZone, Loading } from '@vhod/ui';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { downloadCsv } from './download-csv';
import { asOrganisationOrder, findOrganisations, organisationOrders } from './organisation-order';
import { ReadinessChart } from './readiness-chart';
import { organisationsCsv } from './readiness-csv';
import { OrganisationReadinessQuery } from './readiness-documents';
import { ReadinessNumberCells, ReadinessNumberHeaders } from './readiness-number-cells';
import { TablePager } from './table-pager';
import { useWholeConnection } from './use-whole-connection';

/** Rows per table page; the chart shows the same rows, and more bars would not be readable. */
const pageSize = 20;

/**
 * The region's overview: every organisation (about a thousand) arrives at once, so the name
 * filter, the order and the pages work in the browser. They live in the address so that
 * «back» from an organisation returns to the same place in the list.
 */
export function OrganisationOverview() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const order = asOrganisationOrder(params.get('order'));
  const { nodes, failed } = useWholeConnection(OrganisationReadinessQuery, {}, 'organisationReadiness');
  const found = useMemo(() => (nodes ? findOrganisations(nodes, search, order) : []), [nodes, search, order]);
  const pageCount = Math.max(1, Math.ceil(found.length / pageSize));
  const page = Math.min(Math.max(Math.trunc(Number(params.get('page'))) || 1, 1), pageCount);
  const visible = found.slice((page - 1) * pageSize, page * pageSize);

  const setParam = (changes: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <p className="hint">{t('readiness.organisationsIntro')}</p>
      <search>
        <form className="readiness-filters" onSubmit={(event) => event.preventDefault()}>
          <div className="field">
            <label htmlFor={`${id}-search`}>
              <span>{t('readiness.searchOrganisation')}</span>
            </label>
            <input
              id={`${id}-search`}
              type="search"
              value={search}
              placeholder={t('readiness.searchOrganisationHint')}
              onChange={(event) => setParam({ q: event.target.value, page: null })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-order`}>
              <span>{t('readiness.order')}</span>
            </label>
            <select
              id={`${id}-order`}
              value={order}
              onChange={(event) => setParam({ order: event.target.value === 'name' ? null : event.target.value, page: null })}
            >
              {organisationOrders.map((value) => (
                <option key={value} value={value}>
                  {t(`readiness.orders.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </form>
      </search>
      {failed ? (
        <p role="alert" className="error">
          {t('errors.unknown')}
        </p>
      ) : !nodes ? (
        <Loading />
      ) : (
        <>
          {visible.length > 0 ? (
            <ReadinessChart
              caption={t('readiness.chartCaptionOrganisations')}
              columns={visible.map((row) => ({ label: row.organisationName, numbers: row }))}
            />
          ) : null}
          <div className="table-scroll">
            <table className="table readiness">
              <thead>
                <tr>
                  <th scope="col">{t('readiness.organisation')}</th>
                  <ReadinessNumberHeaders />
                </tr>
              </thead>
              <tbody>
                {visible.map((row) => (
                  <tr key={row.organisationId}>
                    <th scope="row">
                      <Link href={`/organisations/${row.organisationId}`}>{row.organisationName}</Link>
                    </th>
                    <ReadinessNumberCells row={row} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {found.length === 0 ? <p className="hint">{t('readiness.noOrganisations')}</p> : null}
          <TablePager
            page={page}
            pageSize={pageSize}
            total={found.length}
            onPage={(next) => setParam({ page: next === 1 ? null : String(next) })}
          />
          {found.length > 0 ? (
            <div className="actions">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => downloadCsv(`${t('readiness.csvOrganisationsName')}.csv`, organisationsCsv(t, found, timeZone))}
              >
                {t('readiness.exportTableCsv')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}

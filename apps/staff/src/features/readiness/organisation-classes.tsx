import { useTimeZone, Loading } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { downloadCsv } from './download-csv';
import { ReadinessBreadcrumbs, type Crumb } from './readiness-breadcrumbs';
import { ReadinessChart } from './readiness-chart';
import { classesCsv } from './readiness-csv';
import { ClassReadinessQuery } from './readiness-documents';
import { ReadinessNumberCells, ReadinessNumberHeaders } from './readiness-number-cells';
import { useWholeConnection } from './use-whole-connection';

/**
 * One organisation's classes: a table, a chart of the same numbers, and a way into each class.
 * Without an organisation the API answers with the reader's own: a school's classes, or a
 * teacher's one class.
 */
export function OrganisationClasses({ organisationId, regionWide }: { organisationId: string | null; regionWide: boolean }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { nodes, failed } = useWholeConnection(ClassReadinessQuery, { organisationId }, 'readiness');
  if (failed) {
    return (
      <p role="alert" className="error">
        {t('errors.unknown')}
      </p>
    );
  }
  if (!nodes) return <Loading />;

  const organisationName = nodes[0]?.organisationName;
  const trail: Crumb[] = [
    ...(regionWide ? [{ label: t('readiness.allOrganisations'), href: '/' }] : []),
    ...(organisationName ? [{ label: organisationName }] : []),
  ];
  // The row of requests that name no class has no people to chart.
  const classes = nodes.filter((row) => row.classId !== null);

  return (
    <>
      {trail.length > 0 ? <ReadinessBreadcrumbs trail={trail} /> : null}
      <p className="hint">{t('readiness.intro')}</p>
      {nodes.length === 0 ? <p className="hint">{t('readiness.noClasses')}</p> : null}
      {classes.length > 0 ? (
        <ReadinessChart
          caption={t('readiness.chartCaptionClasses')}
          columns={classes.map((row) => ({ label: row.className ?? '', numbers: row }))}
        />
      ) : null}
      {nodes.length > 0 ? (
        <>
          <div className="table-scroll">
            <table className="table readiness">
              <thead>
                <tr>
                  <th scope="col">{t('readiness.class')}</th>
                  <ReadinessNumberHeaders />
                </tr>
              </thead>
              <tbody>
                {nodes.map((row) => (
                  <tr key={row.classId ?? 'without-class'}>
                    <th scope="row">
                      {row.classId ? (
                        <Link href={`/organisations/${row.organisationId}/classes/${row.classId}`}>{row.className}</Link>
                      ) : (
                        <span className="muted">{t('readiness.withoutClass')}</span>
                      )}
                    </th>
                    <ReadinessNumberCells row={row} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => downloadCsv(`${t('readiness.csvClassesName')}-${organisationName ?? ''}.csv`, classesCsv(t, nodes, timeZone))}
            >
              {t('readiness.exportTableCsv')}
            </button>
          </div>
        </>
      ) : null}
    </>
  );
}

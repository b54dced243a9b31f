import { Loading } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { downloadCsv } from './download-csv';
import { ReadinessBreadcrumbs, type Crumb } from './readiness-breadcrumbs';
import { unlinkedPeopleCsv } from './readiness-csv';
import { ClassReadinessQuery, UnlinkedPeopleQuery } from './readiness-documents';
import { useWholeConnection } from './use-whole-connection';

/** Who in a class has not linked Госуслуги yet: the list a class teacher works through, and its CSV. */
export function ClassUnlinkedPeople({
  organisationId,
  classId,
  regionWide,
}: {
  organisationId: string;
  classId: string;
  regionWide: boolean;
}) {
  const { t } = useTranslation();
  // The class's and organisation's names come with the organisation's numbers.
  const classes = useWholeConnection(ClassReadinessQuery, { organisationId }, 'readiness');
  const people = useWholeConnection(UnlinkedPeopleQuery, { classId }, 'unlinkedPeople');
  const row = classes.nodes?.find((candidate) => candidate.classId === classId);
  const className = row?.className ?? '';

  const trail: Crumb[] = [
    ...(regionWide ? [{ label: t('readiness.allOrganisations'), href: '/' }] : []),
    ...(row ? [{ label: row.organisationName, href: regionWide ? `/organisations/${organisationId}` : '/' }, { label: className }] : []),
  ];

  if (people.failed || classes.failed) {
    return (
      <p role="alert" className="error">
        {t('errors.unknown')}
      </p>
    );
  }
  if (!people.nodes || !classes.nodes) return <Loading />;
  const unlinked = people.nodes;

  return (
    <>
      {trail.length > 0 ? <ReadinessBreadcrumbs trail={trail} /> : null}
      <h2>{t('readiness.unlinkedTitle', { className })}</h2>
      <p className="hint">{t('readiness.unlinkedIntro')}</p>
      {unlinked.length === 0 ? (
        <p>{t('readiness.everyoneLinked')}</p>
      ) : (
        <>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('readiness.fullName')}</th>
                <th scope="col">{t('readiness.role')}</th>
                <th scope="col">{t('readiness.child')}</th>
              </tr>
            </thead>
            <tbody>
              {unlinked.map((person) => (
                <tr key={`${person.role}:${person.personId}`}>
                  <td>{person.fullName}</td>
                  <td>{t(`roles.${person.role}`)}</td>
                  <td>{person.childName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => downloadCsv(`${t('readiness.csvName')}-${className}.csv`, unlinkedPeopleCsv(t, unlinked))}
            >
              {t('readiness.exportCsv')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

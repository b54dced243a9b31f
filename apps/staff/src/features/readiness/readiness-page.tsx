import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { downloadCsv, toCsv } from './csv';
import { ReadinessQuery, UnlinkedPeopleQuery } from './readiness-documents';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** «Готовность к входу через Госуслуги»: per class, how many families are linked, with a bar for the share. */
export function ReadinessPage() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: ReadinessQuery, requestPolicy: 'cache-and-network' });
  const [classId, setClassId] = useState<string | null>(null);
  const rows = data?.readiness ?? [];
  return (
    <section className="card wide">
      <h1>{t('readiness.title')}</h1>
      <p className="hint">{t('readiness.intro')}</p>
      <table className="table readiness">
        <thead>
          <tr>
            <th>{t('readiness.organisation')}</th>
            <th>{t('readiness.class')}</th>
            <th>{t('readiness.students')}</th>
            <th>{t('readiness.parents')}</th>
            <th>{t('readiness.linkedShare')}</th>
            <th>{t('readiness.recent')}</th>
            <th>{t('readiness.openRequests')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const people = row.students + row.parents;
            const linked = row.studentsLinked + row.parentsLinked;
            return (
              <tr key={`${row.organisationId}:${row.classId ?? ''}`}>
                <td>{row.organisationName}</td>
                <td>
                  {row.classId ? (
                    <button type="button" className="link-button" onClick={() => setClassId(row.classId)}>
                      {row.className}
                    </button>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {row.studentsLinked} / {row.students}
                </td>
                <td>
                  {row.parentsLinked} / {row.parents}
                </td>
                <td>
                  <div className="bar" role="img" aria-label={`${percent(linked, people)}%`}>
                    <span style={{ width: `${percent(linked, people)}%` }} />
                  </div>
                  {percent(linked, people)}%
                </td>
                <td>{row.studentsRecentEsia + row.parentsRecentEsia}</td>
                <td>
                  {row.openRequests}
                  {row.oldestOpenRequestAt ? <span className="hint"> ({t('readiness.oldest', { date: new Date(row.oldestOpenRequestAt).toLocaleDateString('ru-RU') })})</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {classId ? <UnlinkedInClass classId={classId} className={rows.find((row) => row.classId === classId)?.className ?? ''} /> : null}
    </section>
  );
}

function UnlinkedInClass({ classId, className }: { classId: string; className: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: UnlinkedPeopleQuery, variables: { classId } });
  const people = data?.unlinkedPeople ?? [];
  return (
    <div className="stack">
      <h2>{t('readiness.unlinkedTitle', { className })}</h2>
      {data && people.length === 0 ? <p>{t('readiness.everyoneLinked')}</p> : null}
      <ul>
        {people.map((person) => (
          <li key={`${person.role}:${person.personId}`}>
            {person.fullName} — {t(`roles.${person.role}`)}
            {person.childName ? ` (${person.childName})` : ''}
          </li>
        ))}
      </ul>
      {people.length > 0 ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            downloadCsv(
              `${t('readiness.csvName')}-${className}.csv`,
              toCsv(
                [t('readiness.csvFullName'), t('readiness.csvRole'), t('readiness.csvChild')],
                people.map((person) => [person.fullName, t(`roles.${person.role}`), person.childName ?? '']),
              ),
            )
          }
        >
          {t('readiness.exportCsv')}
        </button>
      ) : null}
    </div>
  );
}

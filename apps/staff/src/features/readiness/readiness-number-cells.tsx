import { formatDateTime, useTimeZone } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import { linkedPercent, recentEsiaSignIns, type ReadinessNumbers } from './readiness-numbers';

/** The number columns the organisations' and the classes' tables share, so both read alike. */
export function ReadinessNumberHeaders() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col">{t('readiness.students')}</th>
      <th scope="col">{t('readiness.parents')}</th>
      <th scope="col">{t('readiness.linkedShare')}</th>
      <th scope="col">{t('readiness.recent')}</th>
      <th scope="col">{t('readiness.openRequests')}</th>
    </>
  );
}

export function ReadinessNumberCells({ row }: { row: ReadinessNumbers }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const share = linkedPercent(row);
  return (
    <>
      <td>
        {row.studentsLinked} / {row.students}
      </td>
      <td>
        {row.parentsLinked} / {row.parents}
      </td>
      <td>
        {/* The bar repeats the number beside it; screen readers hear the number once. */}
        <span className="bar" aria-hidden="true">
          <span style={{ width: `${share}%` }} />
        </span>
        {share}%
      </td>
      <td>{recentEsiaSignIns(row)}</td>
      <td>
        {row.openRequests}
        {row.oldestOpenRequestAt ? (
          <span className="hint"> ({t('readiness.oldest', { date: formatDateTime(row.oldestOpenRequestAt, timeZone, 'day') })})</span>
        ) : null}
      </td>
    </>
  );
}

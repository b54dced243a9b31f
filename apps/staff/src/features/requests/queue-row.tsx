import type { ResultOf } from '@vhod/ui/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { QueueRowFragment } from './request-documents';

export function QueueRow({ row, selected, onToggle }: { row: ResultOf<typeof QueueRowFragment>; selected: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  const open = row.status === 'NEW' || row.status === 'IN_REVIEW';
  return (
    <tr className={row.overdue ? 'overdue' : undefined}>
      <td>
        {open ? (
          <input type="checkbox" aria-label={t('staffQueue.selectRow', { number: row.number })} checked={selected} onChange={onToggle} />
        ) : null}
      </td>
      <td>
        <Link href={`/requests/${row.id}`}>{row.number}</Link>
      </td>
      <td>{row.applicant.fullName}</td>
      <td>{t(`roles.${row.role}`)}</td>
      <td>
        {row.child?.fullName ?? '—'}
        {row.className ? `, ${row.className}` : ''}
      </td>
      <td>
        {t('staffQueue.ageDays', { count: row.ageWorkingDays })}
        {row.overdue ? <span className="badge-overdue">{t('staffQueue.overdue')}</span> : null}
      </td>
      <td>
        <span className={`status status-${row.status.toLowerCase()}`}>{t(`requestStatus.${row.status.toLowerCase()}`)}</span>
      </td>
      <td>{row.assignedToName ?? '—'}</td>
    </tr>
  );
}

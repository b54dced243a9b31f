import { formatDate } from '@vhod/ui';
import { useTranslation } from 'react-i18next';
import type { StaffRequest } from './request-page';

type Candidate = StaffRequest['candidates'][number];

/** Candidate cards beside the ESIA data, each value marked by how it compares (same, near, different, missing). */
export function CandidatesTable({ request }: { request: StaffRequest }) {
  const { t } = useTranslation();
  if (request.candidates.length === 0) return <p className="muted">{t('staffRequest.noCandidates')}</p>;
  const cell = (candidate: Candidate, field: string, value: string | null | undefined) => {
    const comparison = candidate.fields.find((entry) => entry.field === field)?.comparison.toLowerCase() ?? 'missing';
    return (
      <td className={`cmp cmp-${comparison}`} title={t(`staffRequest.comparison.${comparison}`)}>
        {value || '—'}
      </td>
    );
  };
  return (
    <table className="table candidates">
      <thead>
        <tr>
          <th>{t('staffRequest.match')}</th>
          <th>{t('staffRequest.lastName')}</th>
          <th>{t('staffRequest.firstName')}</th>
          <th>{t('staffRequest.middleName')}</th>
          <th>{t('staffRequest.birthDate')}</th>
          <th>{t('staffRequest.snils')}</th>
          <th>{t('staffRequest.document')}</th>
          <th>{t('home.className')}</th>
        </tr>
      </thead>
      <tbody>
        {request.candidates.map((candidate) => (
          <tr key={candidate.personId} aria-label={candidate.fullName}>
            <td>
              <strong>{t(`staffRequest.tiers.${candidate.tier}`)}</strong>
              {candidate.reasons.length > 0 ? (
                <div className="hint">
                  {candidate.reasons.map((reason) => t(`staffRequest.reasons.${reason}`, { defaultValue: reason })).join(', ')}
                </div>
              ) : null}
            </td>
            {cell(candidate, 'lastName', candidate.lastName)}
            {cell(candidate, 'firstName', candidate.firstName)}
            {cell(candidate, 'middleName', candidate.middleName)}
            {cell(candidate, 'birthDate', candidate.birthDate ? formatDate(candidate.birthDate) : null)}
            {cell(candidate, 'snils', candidate.snils)}
            {cell(candidate, 'document', candidate.document)}
            {cell(candidate, 'className', candidate.className)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

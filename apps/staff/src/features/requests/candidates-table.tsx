import { formatDate } from '@vhod/ui';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '@vhod/ui/graphql';
import { useTranslation } from 'react-i18next';

export const CandidatesTableFragment = graphql(`
  fragment CandidatesTable on StaffAccessRequest {
    candidates {
      personId fullName lastName firstName middleName birthDate snils document className tier reasons
      fields { field comparison }
    }
  }
`);

type Candidate = ResultOf<typeof CandidatesTableFragment>['candidates'][number];

/** Candidate cards beside the ESIA data, each value marked by how it compares (same, near, different, missing). */
export function CandidatesTable(props: { request: FragmentOf<typeof CandidatesTableFragment> }) {
  const { t } = useTranslation();
  const request = readFragment(CandidatesTableFragment, props.request);
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

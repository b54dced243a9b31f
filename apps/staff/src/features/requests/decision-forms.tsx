import { DomainErrorMessage } from '@vhod/ui';
import { type FragmentOf, graphql, readFragment } from '@vhod/ui/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ReplyTemplatesQuery } from './reply-templates';
import { RejectMutation, ResolveByCreateMutation, ResolveByLinkMutation } from './request-documents';

export const DecisionFormsFragment = graphql(`
  fragment DecisionForms on StaffAccessRequest {
    id
    availableActions
    candidates { personId fullName className tier }
  }
`);

type Decision = 'link' | 'create' | 'reject';
interface Failure {
  error: { code: string; message: string };
  mismatches: readonly string[];
}

/** Resolve by linking a candidate, resolve by creating the card, or reject; the comment goes to the family. */
export function DecisionForms(props: { request: FragmentOf<typeof DecisionFormsFragment>; onDecided(): void }) {
  const { t } = useTranslation();
  const { onDecided } = props;
  const request = readFragment(DecisionFormsFragment, props.request);
  const [decision, setDecision] = useState<Decision>(request.candidates.length > 0 ? 'link' : 'create');
  const [personId, setPersonId] = useState(request.candidates[0]?.personId ?? '');
  const [comment, setComment] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [linkState, resolveByLink] = useMutation(ResolveByLinkMutation);
  const [createState, resolveByCreate] = useMutation(ResolveByCreateMutation);
  const [rejectState, reject] = useMutation(RejectMutation);
  const [{ data: templateData }] = useQuery({ query: ReplyTemplatesQuery });
  const templates = templateData?.replyTemplates.edges.map((edge) => edge.node) ?? [];
  if (!request.availableActions.includes('RESOLVE')) return null;
  const busy = linkState.fetching || createState.fetching || rejectState.fetching;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const variables = { id: request.id, comment };
    const result =
      decision === 'link'
        ? (await resolveByLink({ ...variables, personId, overrideReason: overrideReason || null })).data?.resolveAccessRequestByLink
        : decision === 'create'
          ? (await resolveByCreate(variables)).data?.resolveAccessRequestByCreate
          : (await reject(variables)).data?.rejectAccessRequest;
    if (result?.__typename === 'DomainError') {
      setFailure({ error: result, mismatches: result.linkMismatches.map((code) => code.toLowerCase().replaceAll('_', '-')) });
      return;
    }
    setFailure(null);
    onDecided();
  }

  return (
    <section className="card wide">
      <h2>{t('staffRequest.decide')}</h2>
      <form className="form" onSubmit={submit}>
        <fieldset className="role-choice">
          <legend>{t('staffRequest.decisionKind')}</legend>
          {(['link', 'create', 'reject'] as const).map((kind) => (
            <label key={kind} className="radio">
              <input
                type="radio"
                name="decision"
                checked={decision === kind}
                disabled={kind === 'link' && request.candidates.length === 0}
                onChange={() => setDecision(kind)}
              />
              {t(`staffRequest.decisions.${kind}`)}
            </label>
          ))}
        </fieldset>
        {decision === 'link' ? (
          <label className="field">
            <span>{t('staffRequest.card')}</span>
            <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
              {request.candidates.map((candidate) => (
                <option key={candidate.personId} value={candidate.personId}>
                  {candidate.fullName}
                  {candidate.className ? `, ${candidate.className}` : ''} — {t(`staffRequest.tiers.${candidate.tier}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {templates.length ? (
          <label className="field">
            <span>{t('replyTemplates.use')}</span>
            <select value="" onChange={(e) => setComment(templates.find((template) => template.id === e.target.value)?.text ?? comment)}>
              <option value="">{t('replyTemplates.choose')}</option>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field">
          <span>{t('staffRequest.commentForFamily')}</span>
          <textarea rows={3} value={comment} required onChange={(e) => setComment(e.target.value)} />
        </label>
        <DomainErrorMessage error={failure?.error ?? null} mismatches={failure?.mismatches} />
        {decision === 'link' && failure?.mismatches.length ? (
          <label className="field">
            <span>{t('staffRequest.overrideReason')}</span>
            <input value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} />
          </label>
        ) : null}
        <button type="submit" className={decision === 'reject' ? 'button button-danger' : 'button'} disabled={busy}>
          {t(`staffRequest.submit.${decision}`)}
        </button>
      </form>
    </section>
  );
}

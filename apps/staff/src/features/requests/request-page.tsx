import { FormFailure, Loading, formatDate, useDocumentTitle } from '@vhod/ui';
import { graphql } from '@vhod/ui/graphql';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { CandidatesTable, CandidatesTableFragment } from './candidates-table';
import { DecisionForms, DecisionFormsFragment } from './decision-forms';
import { useRequestChanges } from './request-changes';
import { TakeMutation } from './request-documents';
import { RequestHistory, RequestHistoryFragment } from './request-history';

const RequestQuery = graphql(
  `
    query StaffRequest($id: ID!) {
      staffAccessRequest(id: $id) {
        id
        number
        status
        role
        email
        comment
        matchReason
        ageWorkingDays
        overdue
        assignedToName
        decidedByName
        decisionComment
        className
        availableActions
        applicant { fullName birthDate snils document trusted }
        child { fullName birthDate snils birthCertificate }
        ...CandidatesTable
        ...DecisionForms
        ...RequestHistory
      }
    }
  `,
  [CandidatesTableFragment, DecisionFormsFragment, RequestHistoryFragment],
);

/** One request: the ESIA data beside the candidate cards, the decisions, notes and history. */
export function RequestPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [{ data, fetching }, refetch] = useQuery({ query: RequestQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [takeState, take] = useMutation(TakeMutation);
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  // Live: someone took, decided or noted this request on any instance.
  useRequestChanges((requestId) => {
    if (requestId === null || requestId === id) refresh();
  });
  const request = data?.staffAccessRequest;
  useDocumentTitle(request ? t('staffRequest.title', { number: request.number }) : t('staffQueue.title'), 'staff');
  if (!request) return fetching ? <Loading /> : <p role="alert">{t('errors.access-request-not-found')}</p>;
  const { applicant, child } = request;

  return (
    <div className="request-page" aria-busy={fetching}>
      <p>
        <Link href="/">{t('staffRequest.back')}</Link>
      </p>
      <section className="card wide">
        <h1>{t('staffRequest.title', { number: request.number })}</h1>
        <p>
          <span className={`status status-${request.status.toLowerCase()}`}>{t(`requestStatus.${request.status.toLowerCase()}`)}</span>{' '}
          {t('staffQueue.ageDays', { count: request.ageWorkingDays })}
          {request.overdue ? <span className="badge-overdue">{t('staffQueue.overdue')}</span> : null}
          {request.assignedToName ? ` · ${t('staffRequest.takenBy', { name: request.assignedToName })}` : ''}
        </p>
        <p className="hint">{t(`staffRequest.matchReasons.${request.matchReason.toLowerCase()}`)}</p>
        {request.availableActions.includes('TAKE') ? (
          <button
            type="button"
            className="button"
            disabled={takeState.fetching}
            onClick={async () => {
              await take({ id });
              refresh();
            }}
          >
            {t('staffRequest.take')}
          </button>
        ) : null}
        <FormFailure
          message={takeState.data?.takeAccessRequest.__typename === 'DomainError' ? takeState.data.takeAccessRequest.message : null}
        />
        {request.decisionComment ? (
          <p className="lead">
            {t('staffRequest.decision', { name: request.decidedByName ?? '—' })}: {request.decisionComment}
          </p>
        ) : null}
      </section>

      <div className="columns">
        <section className="card">
          <h2>{t('staffRequest.esiaData')}</h2>
          <dl className="facts stacked">
            <dt>{t('staffRequest.fullName')}</dt>
            <dd>{applicant.fullName}</dd>
            <dt>{t('staffRequest.birthDate')}</dt>
            <dd>{applicant.birthDate ? formatDate(applicant.birthDate) : '—'}</dd>
            <dt>{t('staffRequest.snils')}</dt>
            <dd>{applicant.snils ?? '—'}</dd>
            <dt>{t('staffRequest.document')}</dt>
            <dd>{applicant.document ?? '—'}</dd>
            <dt>{t('staffRequest.email')}</dt>
            <dd>{request.email}</dd>
            <dt>{t('staffRequest.role')}</dt>
            <dd>{t(`roles.${request.role}`)}</dd>
            <dt>{t('staffRequest.account')}</dt>
            <dd>{applicant.trusted ? t('staffRequest.confirmed') : t('staffRequest.notConfirmed')}</dd>
            {request.className ? (
              <>
                <dt>{t('home.className')}</dt>
                <dd>{request.className}</dd>
              </>
            ) : null}
          </dl>
          {child ? (
            <>
              <h3>{t('staffRequest.child')}</h3>
              <dl className="facts stacked">
                <dt>{t('staffRequest.fullName')}</dt>
                <dd>{child.fullName}</dd>
                <dt>{t('staffRequest.birthDate')}</dt>
                <dd>{child.birthDate ? formatDate(child.birthDate) : '—'}</dd>
                <dt>{t('staffRequest.snils')}</dt>
                <dd>{child.snils ?? '—'}</dd>
                <dt>{t('staffRequest.birthCertificate')}</dt>
                <dd>{child.birthCertificate ?? '—'}</dd>
              </dl>
            </>
          ) : null}
          {request.comment ? <p className="quote">{request.comment}</p> : null}
        </section>
        <section className="card">
          <h2>{t('staffRequest.candidates')}</h2>
          <div className="table-scroll">
            <CandidatesTable request={request} />
          </div>
        </section>
      </div>

      <DecisionForms request={request} onDecided={refresh} />
      <RequestHistory request={request} onNoted={refresh} />
    </div>
  );
}

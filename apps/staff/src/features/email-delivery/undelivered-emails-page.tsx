import { formatDateTime, useDocumentTitle, useTimeZone } from '@vhod/ui';
import { graphql } from '@vhod/ui/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CursorPages, PageRows, type PageReport } from '../../shared/cursor-pages';

const pageSize = 25;

const UndeliveredEmailsQuery = graphql(`
  query UndeliveredEmails($first: Int, $after: String) {
    undeliveredEmails(first: $first, after: $after) {
      edges { node { id template createdAt attempts reason } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const RetryUndeliveredEmailMutation = graphql(`
  mutation RetryUndeliveredEmail($id: ID!) {
    retryUndeliveredEmail(id: $id) { __typename ... on DomainError { message } }
  }
`);

/**
 * «Недоставленные письма» (the regional administrator): emails the system gave up sending, with the mail server's
 * reason, and «Отправить снова» once the cause is fixed. No address or text: they are the families' personal data.
 */
export function UndeliveredEmailsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('undeliveredEmails.title'), 'staff');
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  // A retry takes the email off the list: reload it from its first page.
  const [generation, setGeneration] = useState(0);
  return (
    <section className="card wide">
      <h1>{t('undeliveredEmails.title')}</h1>
      <p className="hint">{t('undeliveredEmails.intro')}</p>
      {notice ? (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind}>
          {notice.text}
        </p>
      ) : null}
      <div className="table-scroll">
        <CursorPages
          key={generation}
          emptyText={t('undeliveredEmails.empty')}
          moreText={t('undeliveredEmails.showMore')}
          head={
            <thead>
              <tr>
                <th scope="col">{t('undeliveredEmails.createdAt')}</th>
                <th scope="col">{t('undeliveredEmails.template')}</th>
                <th scope="col">{t('undeliveredEmails.attempts')}</th>
                <th scope="col">{t('undeliveredEmails.reason')}</th>
                <th scope="col">{t('undeliveredEmails.actions')}</th>
              </tr>
            </thead>
          }
          renderPage={(after, report) => (
            <EmailRows
              after={after}
              report={report}
              onDone={(outcome) => {
                setNotice(outcome);
                if (outcome.kind === 'success') setGeneration((value) => value + 1);
              }}
            />
          )}
        />
      </div>
    </section>
  );
}

function EmailRows({
  after,
  report,
  onDone,
}: {
  after: string | null;
  report: PageReport;
  onDone(outcome: { kind: 'success' | 'error'; text: string }): void;
}) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [{ data, fetching, error }] = useQuery({
    query: UndeliveredEmailsQuery,
    variables: { first: pageSize, after },
    requestPolicy: 'cache-and-network',
  });
  const [retrying, retry] = useMutation(RetryUndeliveredEmailMutation);
  return (
    <PageRows
      connection={data?.undeliveredEmails}
      fetching={fetching}
      error={error}
      columns={5}
      report={report}
      row={(email) => (
        <tr key={email.id}>
          <td>{formatDateTime(email.createdAt, timeZone)}</td>
          <td>{t(`undeliveredEmails.templates.${email.template}`, { defaultValue: email.template })}</td>
          <td>{email.attempts}</td>
          <td>{email.reason ?? <span className="hint">{t('undeliveredEmails.noReason')}</span>}</td>
          <td>
            <button
              type="button"
              className="button button-secondary"
              disabled={retrying.fetching}
              onClick={async () => {
                const payload = (await retry({ id: email.id })).data?.retryUndeliveredEmail;
                if (payload?.__typename === 'MutationRetryUndeliveredEmailSuccess') {
                  onDone({ kind: 'success', text: t('undeliveredEmails.retried') });
                } else {
                  onDone({ kind: 'error', text: payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown') });
                }
              }}
            >
              {t('undeliveredEmails.retry')}
            </button>
          </td>
        </tr>
      )}
    />
  );
}

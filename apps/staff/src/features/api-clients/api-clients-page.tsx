import { graphql } from '@vhod/ui/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPages, PageRows, type PageReport } from '../../shared/cursor-pages';
import { ApiClientForm } from './api-client-form';
import { ApiClientRow, ApiClientRowFragment } from './api-client-row';
import { SecretOncePanel, type IssuedSecret } from '../../shared/secret-once-panel';

const pageSize = 25;

const ApiClientsQuery = graphql(
  `
    query ApiClients($first: Int, $after: String) {
      apiClients(first: $first, after: $after) {
        edges { node { id ...ApiClientRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [ApiClientRowFragment],
);

/**
 * «Клиенты API» (the regional administrator): third-party systems, each with its scopes,
 * organisations and rate limit. A new or rotated secret is shown once at the top.
 */
export function ApiClientsPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Every change reloads the list from its first page (clients are few; the newest come first).
  const [generation, setGeneration] = useState(0);

  const showSecret = (secret: IssuedSecret, message: string) => {
    setIssued(secret);
    setNotice(message);
    setGeneration((value) => value + 1);
  };

  return (
    <>
      <h1>{t('apiClients.title')}</h1>
      <p className="hint">{t('apiClients.intro')}</p>
      {notice ? (
        <p role="status" className="success">
          {notice}
        </p>
      ) : null}
      {issued ? (
        <SecretOncePanel issued={issued} texts="apiClients" onDone={() => setIssued(null)}>
          <p>{t('apiClients.secretUsage', { endpoint: `${window.location.origin}/graphql` })}</p>
          <pre className="secret-usage">
            <code>Authorization: Bearer {t('apiClients.secretPlaceholder')}</code>
          </pre>
        </SecretOncePanel>
      ) : null}
      <section className="card">
        {creating ? (
          <ApiClientForm
            onCancel={() => setCreating(false)}
            onCreated={(secret) => {
              setCreating(false);
              showSecret(secret, t('apiClients.created', { name: secret.clientName }));
            }}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            {t('apiClients.new')}
          </button>
        )}
      </section>
      <section className="card wide">
        <h2>{t('apiClients.list')}</h2>
        <div className="table-scroll">
          <CursorPages
            key={generation}
            emptyText={t('apiClients.empty')}
            moreText={t('apiClients.showMore')}
            head={
              <thead>
                <tr>
                  <th scope="col">{t('apiClients.name')}</th>
                  <th scope="col">{t('apiClients.scopes')}</th>
                  <th scope="col">{t('apiClients.organisations')}</th>
                  <th scope="col">{t('apiClients.secretPrefix')}</th>
                  <th scope="col">{t('apiClients.limit')}</th>
                  <th scope="col">{t('apiClients.createdAt')}</th>
                  <th scope="col">{t('apiClients.lastUsedAt')}</th>
                  <th scope="col">{t('apiClients.status')}</th>
                  <th scope="col">{t('apiClients.actions')}</th>
                </tr>
              </thead>
            }
            renderPage={(after, report) => (
              <ClientRows
                after={after}
                report={report}
                onRotated={(secret) => showSecret(secret, t('apiClients.rotated', { name: secret.clientName }))}
                onRevoked={(name) => {
                  setIssued(null);
                  setNotice(t('apiClients.revokedNotice', { name }));
                  setGeneration((value) => value + 1);
                }}
              />
            )}
          />
        </div>
      </section>
    </>
  );
}

function ClientRows({
  after,
  report,
  onRotated,
  onRevoked,
}: {
  after: string | null;
  report: PageReport;
  onRotated(issued: IssuedSecret): void;
  onRevoked(name: string): void;
}) {
  const [{ data, fetching, error }] = useQuery({
    query: ApiClientsQuery,
    variables: { first: pageSize, after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <PageRows
      connection={data?.apiClients}
      fetching={fetching}
      error={error}
      columns={9}
      report={report}
      row={(client) => <ApiClientRow key={client.id} client={client} onRotated={onRotated} onRevoked={onRevoked} />}
    />
  );
}

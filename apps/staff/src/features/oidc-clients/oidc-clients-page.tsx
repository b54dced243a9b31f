import { graphql } from '@vhod/ui/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPages, PageRows, type PageReport } from '../../shared/cursor-pages';
import { SecretOncePanel, type IssuedSecret } from '../../shared/secret-once-panel';
import { OidcClientForm } from './oidc-client-form';
import { OidcClientRow, OidcClientRowFragment } from './oidc-client-row';

const pageSize = 25;

const OidcClientsQuery = graphql(
  `
    query OidcClients($first: Int, $after: String) {
      oidcClients(first: $first, after: $after) {
        edges { node { id ...OidcClientRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [OidcClientRowFragment],
);

/**
 * «Системы входа» (the regional administrator): the regional systems that sign their users in
 * through Vhod. A new or rotated secret is shown once at the top, with what the system needs to
 * know (discovery address, client_id).
 */
export function OidcClientsPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<(IssuedSecret & { clientId?: string }) | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Every change reloads the list from its first page (systems are few; the newest come first).
  const [generation, setGeneration] = useState(0);
  const discovery = `${window.location.origin}/oidc/.well-known/openid-configuration`;

  const changed = (message: string, secret: (IssuedSecret & { clientId?: string }) | null) => {
    setIssued(secret);
    setNotice(message);
    setGeneration((value) => value + 1);
  };

  return (
    <>
      <h1>{t('oidcClients.title')}</h1>
      <p className="hint">{t('oidcClients.intro')}</p>
      <p className="hint">
        {t('oidcClients.discovery')} <code>{discovery}</code>
      </p>
      {notice ? (
        <p role="status" className="success">
          {notice}
        </p>
      ) : null}
      {issued ? (
        <SecretOncePanel issued={issued} texts="oidcClients" onDone={() => setIssued(null)}>
          <p>{t('oidcClients.secretUsage')}</p>
          {issued.clientId ? (
            <pre className="secret-usage">
              <code>client_id: {issued.clientId}</code>
            </pre>
          ) : null}
        </SecretOncePanel>
      ) : null}
      <section className="card">
        {creating ? (
          <OidcClientForm
            onCancel={() => setCreating(false)}
            onCreated={({ clientId, issued: secret }) => {
              setCreating(false);
              changed(t('oidcClients.created', { clientId }), secret && { ...secret, clientId });
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
            {t('oidcClients.new')}
          </button>
        )}
      </section>
      <section className="card wide">
        <h2>{t('oidcClients.list')}</h2>
        <div className="table-scroll">
          <CursorPages
            key={generation}
            emptyText={t('oidcClients.empty')}
            moreText={t('oidcClients.showMore')}
            head={
              <thead>
                <tr>
                  <th scope="col">{t('oidcClients.fields.name')}</th>
                  <th scope="col">{t('oidcClients.fields.redirectUris')}</th>
                  <th scope="col">{t('oidcClients.fields.scopes')}</th>
                  <th scope="col">{t('oidcClients.fields.authMethod')}</th>
                  <th scope="col">{t('oidcClients.lastSignInAt')}</th>
                  <th scope="col">{t('oidcClients.status')}</th>
                  <th scope="col">{t('oidcClients.actions')}</th>
                </tr>
              </thead>
            }
            renderPage={(after, report) => (
              <SystemRows
                after={after}
                report={report}
                onRotated={(secret) => changed(t('oidcClients.rotated', { name: secret.clientName }), secret)}
                onRevoked={(name) => changed(t('oidcClients.revokedNotice', { name }), null)}
              />
            )}
          />
        </div>
      </section>
    </>
  );
}

function SystemRows({
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
    query: OidcClientsQuery,
    variables: { first: pageSize, after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <PageRows
      connection={data?.oidcClients}
      fetching={fetching}
      error={error}
      columns={7}
      report={report}
      row={(client) => <OidcClientRow key={client.id} client={client} onRotated={onRotated} onRevoked={onRevoked} />}
    />
  );
}

import { useDocumentTitle } from '@vhod/ui';
import { graphql } from '@vhod/ui/graphql';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ClientRegistry } from '../../shared/client-registry';
import { PageRows, type PageReport } from '../../shared/cursor-pages';
import type { IssuedSecret } from '../../shared/secret-once-panel';
import { ApiClientForm } from './api-client-form';
import { ApiClientRow, ApiClientRowFragment } from './api-client-row';

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
  useDocumentTitle(t('apiClients.title'), 'staff');
  return (
    <ClientRegistry<IssuedSecret>
      texts="apiClients"
      columns={[
        t('apiClients.name'),
        t('apiClients.scopes'),
        t('apiClients.organisations'),
        t('apiClients.secretPrefix'),
        t('apiClients.limit'),
        t('apiClients.createdAt'),
        t('apiClients.lastUsedAt'),
        t('apiClients.status'),
        t('apiClients.actions'),
      ]}
      form={(changed, cancel) => (
        <ApiClientForm
          onCancel={cancel}
          onCreated={(secret) => changed({ notice: t('apiClients.created', { name: secret.clientName }), issued: secret })}
        />
      )}
      secretUsage={() => (
        <>
          <p>{t('apiClients.secretUsage', { endpoint: `${window.location.origin}/graphql` })}</p>
          <pre className="secret-usage">
            <code>Authorization: Bearer {t('apiClients.secretPlaceholder')}</code>
          </pre>
        </>
      )}
      rows={(after, report, changed) => (
        <ClientRows
          after={after}
          report={report}
          onRotated={(secret) => changed({ notice: t('apiClients.rotated', { name: secret.clientName }), issued: secret })}
          onRevoked={(name) => changed({ notice: t('apiClients.revokedNotice', { name }), issued: null })}
        />
      )}
    />
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

import { useDocumentTitle } from '@vhod/ui';
import { graphql } from '@vhod/ui/graphql';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ClientRegistry } from '../../shared/client-registry';
import { PageRows, type PageReport } from '../../shared/cursor-pages';
import type { IssuedSecret } from '../../shared/secret-once-panel';
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

type SystemSecret = IssuedSecret & { clientId?: string };

/**
 * «Системы входа» (the regional administrator): the regional systems that sign their users in
 * through Vhod. A new or rotated secret is shown once at the top, with what the system needs to
 * know (discovery address, client_id).
 */
export function OidcClientsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('oidcClients.title'), 'staff');
  const discovery = `${window.location.origin}/oidc/.well-known/openid-configuration`;
  return (
    <ClientRegistry<SystemSecret>
      texts="oidcClients"
      introduction={
        <p className="hint">
          {t('oidcClients.discovery')} <code>{discovery}</code>
        </p>
      }
      columns={[
        t('oidcClients.fields.name'),
        t('oidcClients.fields.redirectUris'),
        t('oidcClients.fields.scopes'),
        t('oidcClients.fields.authMethod'),
        t('oidcClients.lastSignInAt'),
        t('oidcClients.status'),
        t('oidcClients.actions'),
      ]}
      form={(changed, cancel) => (
        <OidcClientForm
          onCancel={cancel}
          onCreated={({ clientId, issued }) =>
            changed({ notice: t('oidcClients.created', { clientId }), issued: issued && { ...issued, clientId } })
          }
        />
      )}
      secretUsage={(issued) => (
        <>
          <p>{t('oidcClients.secretUsage')}</p>
          {issued.clientId ? (
            <pre className="secret-usage">
              <code>client_id: {issued.clientId}</code>
            </pre>
          ) : null}
        </>
      )}
      rows={(after, report, changed) => (
        <SystemRows
          after={after}
          report={report}
          onRotated={(secret) => changed({ notice: t('oidcClients.rotated', { name: secret.clientName }), issued: secret })}
          onRevoked={(name) => changed({ notice: t('oidcClients.revokedNotice', { name }), issued: null })}
        />
      )}
    />
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

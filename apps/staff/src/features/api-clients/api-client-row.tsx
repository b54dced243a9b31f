import { formatDateTime, useTimeZone } from '@vhod/ui';
import { type FragmentOf, graphql, readFragment } from '@vhod/ui/graphql';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RotateRevokeActions } from '../../shared/rotate-revoke-actions';
import type { IssuedSecret } from '../../shared/secret-once-panel';
import { RevokeApiClientMutation, RotateApiClientSecretMutation } from './api-client-documents';
import { apiClientScopes, sensitiveScope } from './api-client-scopes';

export const ApiClientRowFragment = graphql(`
  fragment ApiClientRow on ApiClient {
    id name scopes allOrganisations
    organisations { id name }
    secretPrefix rateLimitPerMinute createdAt secretRotatedAt revokedAt lastUsedAt
  }
`);

/** Beyond this many, the row names the first organisations and counts the rest. */
const organisationsShown = 3;

/** One client: what it may read and where, its secret's first characters, its use, and rotate / revoke. */
export function ApiClientRow(props: {
  client: FragmentOf<typeof ApiClientRowFragment>;
  onRotated(issued: IssuedSecret): void;
  onRevoked(name: string): void;
}) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { onRotated, onRevoked } = props;
  const client = readFragment(ApiClientRowFragment, props.client);
  const [rotateState, rotate] = useMutation(RotateApiClientSecretMutation);
  const [revokeState, revoke] = useMutation(RevokeApiClientMutation);

  async function onRotate() {
    const payload = (await rotate({ id: client.id })).data?.rotateApiClientSecret;
    if (payload?.__typename !== 'MutationRotateApiClientSecretSuccess')
      return payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown');
    onRotated({ clientName: payload.data.client.name, secret: payload.data.secret });
    return null;
  }

  async function onRevoke() {
    const payload = (await revoke({ id: client.id })).data?.revokeApiClient;
    if (payload?.__typename !== 'MutationRevokeApiClientSuccess')
      return payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown');
    onRevoked(payload.data.name);
    return null;
  }

  const organisations = client.organisations.slice(0, organisationsShown).map((organisation) => organisation.name);
  const moreOrganisations = client.organisations.length - organisations.length;

  return (
    <tr className={client.revokedAt ? 'revoked' : undefined}>
      <th scope="row">{client.name}</th>
      <td>
        <ul className="plain-list">
          {apiClientScopes
            .filter((scope) => client.scopes.includes(scope))
            .map((scope) => (
              <li key={scope} className={scope === sensitiveScope ? 'scope-sensitive' : undefined}>
                {t(`apiClients.scopeNames.${scope}`)}
              </li>
            ))}
        </ul>
      </td>
      <td>
        {client.allOrganisations
          ? t('apiClients.allOrganisations')
          : [...organisations, ...(moreOrganisations > 0 ? [t('apiClients.moreOrganisations', { count: moreOrganisations })] : [])].join(
              ', ',
            )}
      </td>
      <td>
        <code>{client.secretPrefix}…</code>
        {client.secretRotatedAt ? (
          <div className="hint">{t('apiClients.rotatedAt', { date: formatDateTime(client.secretRotatedAt, timeZone, 'second') })}</div>
        ) : null}
      </td>
      <td>{t('apiClients.perMinute', { count: client.rateLimitPerMinute })}</td>
      <td>{formatDateTime(client.createdAt, timeZone, 'second')}</td>
      <td>{client.lastUsedAt ? formatDateTime(client.lastUsedAt, timeZone, 'second') : t('apiClients.neverUsed')}</td>
      <td>
        {client.revokedAt ? (
          <>
            <span className="status status-rejected">{t('apiClients.revoked')}</span>
            <div className="hint">{t('apiClients.revokedAt', { date: formatDateTime(client.revokedAt, timeZone, 'second') })}</div>
          </>
        ) : (
          <span className="status status-resolved">{t('apiClients.active')}</span>
        )}
      </td>
      <td>
        {client.revokedAt ? null : (
          <RotateRevokeActions
            name={client.name}
            texts="apiClients"
            busy={rotateState.fetching || revokeState.fetching}
            rotate={onRotate}
            revoke={onRevoke}
          />
        )}
      </td>
    </tr>
  );
}

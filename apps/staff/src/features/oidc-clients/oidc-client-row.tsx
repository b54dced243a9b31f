import { formatDateTime, useTimeZone } from '@vhod/ui';
import { type FragmentOf, graphql, readFragment } from '@vhod/ui/graphql';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RotateRevokeActions } from '../../shared/rotate-revoke-actions';
import type { IssuedSecret } from '../../shared/secret-once-panel';
import { oidcClientScopes, RevokeOidcClientMutation, RotateOidcClientSecretMutation } from './oidc-client-documents';

export const OidcClientRowFragment = graphql(`
  fragment OidcClientRow on OidcClient {
    id clientId name redirectUris scopes trusted authMethod secretPrefix pairwise startUrl backChannelLogoutUri
    createdAt secretRotatedAt revokedAt lastSignInAt
  }
`);

/** One system: its client_id and addresses, what it receives, how it authenticates, and rotate / revoke. */
export function OidcClientRow(props: {
  client: FragmentOf<typeof OidcClientRowFragment>;
  onRotated(issued: IssuedSecret): void;
  onRevoked(name: string): void;
}) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { onRotated, onRevoked } = props;
  const client = readFragment(OidcClientRowFragment, props.client);
  const [rotateState, rotate] = useMutation(RotateOidcClientSecretMutation);
  const [revokeState, revoke] = useMutation(RevokeOidcClientMutation);

  async function onRotate() {
    const payload = (await rotate({ id: client.id })).data?.rotateOidcClientSecret;
    if (payload?.__typename !== 'MutationRotateOidcClientSecretSuccess' || !payload.data.secret)
      return payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown');
    onRotated({ clientName: payload.data.client.name, secret: payload.data.secret });
    return null;
  }

  async function onRevoke() {
    const payload = (await revoke({ id: client.id })).data?.revokeOidcClient;
    if (payload?.__typename !== 'MutationRevokeOidcClientSuccess')
      return payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown');
    onRevoked(payload.data.name);
    return null;
  }

  return (
    <tr className={client.revokedAt ? 'revoked' : undefined}>
      <th scope="row">
        {client.name}
        <div className="hint">
          <code>{client.clientId}</code>
        </div>
        {client.trusted ? <div className="hint">{t('oidcClients.trusted')}</div> : null}
      </th>
      <td>
        <ul className="plain-list">
          {client.redirectUris.map((uri) => (
            <li key={uri}>
              <code>{uri}</code>
            </li>
          ))}
        </ul>
        {client.backChannelLogoutUri ? <div className="hint">{t('oidcClients.backChannel')}</div> : null}
      </td>
      <td>
        <ul className="plain-list">
          {oidcClientScopes
            .filter((scope) => client.scopes.includes(scope))
            .map((scope) => (
              <li key={scope}>{t(`oidcScopes.${scope}`)}</li>
            ))}
        </ul>
        {client.pairwise ? <div className="hint">{t('oidcClients.pairwise')}</div> : null}
      </td>
      <td>
        {t(`oidcClients.authMethods.${client.authMethod}`)}
        {client.secretPrefix ? (
          <div className="hint">
            <code>{client.secretPrefix}…</code>
            {client.secretRotatedAt
              ? ` ${t('oidcClients.rotatedAt', { date: formatDateTime(client.secretRotatedAt, timeZone, 'second') })}`
              : null}
          </div>
        ) : null}
      </td>
      <td>{client.lastSignInAt ? formatDateTime(client.lastSignInAt, timeZone, 'second') : t('oidcClients.neverSignedIn')}</td>
      <td>
        {client.revokedAt ? (
          <>
            <span className="status status-rejected">{t('oidcClients.revoked')}</span>
            <div className="hint">{t('oidcClients.revokedAt', { date: formatDateTime(client.revokedAt, timeZone, 'second') })}</div>
          </>
        ) : (
          <span className="status status-resolved">{t('oidcClients.active')}</span>
        )}
      </td>
      <td>
        {client.revokedAt ? null : (
          <RotateRevokeActions
            name={client.name}
            texts="oidcClients"
            busy={rotateState.fetching || revokeState.fetching}
            rotate={client.authMethod === 'CLIENT_SECRET_BASIC' ? onRotate : undefined}
            revoke={onRevoke}
          />
        )}
      </td>
    </tr>
  );
}

import { formatDateTime } from '@vhod/ui';
import { type FragmentOf, graphql, readFragment } from '@vhod/ui/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../shared/confirm-dialog';
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
  const { onRotated, onRevoked } = props;
  const client = readFragment(OidcClientRowFragment, props.client);
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [rotateState, rotate] = useMutation(RotateOidcClientSecretMutation);
  const [revokeState, revoke] = useMutation(RevokeOidcClientMutation);

  const close = () => {
    setConfirming(null);
    setFailure(null);
  };

  async function onConfirm() {
    setFailure(null);
    if (confirming === 'rotate') {
      const payload = (await rotate({ id: client.id })).data?.rotateOidcClientSecret;
      if (payload?.__typename === 'MutationRotateOidcClientSecretSuccess' && payload.data.secret) {
        close();
        return onRotated({ clientName: payload.data.client.name, secret: payload.data.secret });
      }
      return setFailure(payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown'));
    }
    const payload = (await revoke({ id: client.id })).data?.revokeOidcClient;
    if (payload?.__typename === 'MutationRevokeOidcClientSuccess') {
      close();
      return onRevoked(payload.data.name);
    }
    setFailure(payload?.__typename === 'DomainError' ? payload.message : t('errors.unknown'));
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
              ? ` ${t('oidcClients.rotatedAt', { date: formatDateTime(client.secretRotatedAt, { seconds: true }) })}`
              : null}
          </div>
        ) : null}
      </td>
      <td>{client.lastSignInAt ? formatDateTime(client.lastSignInAt, { seconds: true }) : t('oidcClients.neverSignedIn')}</td>
      <td>
        {client.revokedAt ? (
          <>
            <span className="status status-rejected">{t('oidcClients.revoked')}</span>
            <div className="hint">{t('oidcClients.revokedAt', { date: formatDateTime(client.revokedAt, { seconds: true }) })}</div>
          </>
        ) : (
          <span className="status status-resolved">{t('oidcClients.active')}</span>
        )}
      </td>
      <td>
        {client.revokedAt ? null : (
          <div className="row-actions">
            {client.authMethod === 'CLIENT_SECRET_BASIC' ? (
              <button type="button" className="button button-secondary" onClick={() => setConfirming('rotate')}>
                {t('oidcClients.rotate')}
              </button>
            ) : null}
            <button type="button" className="button button-danger" onClick={() => setConfirming('revoke')}>
              {t('oidcClients.revoke')}
            </button>
          </div>
        )}
        {confirming ? (
          <ConfirmDialog
            message={t(confirming === 'rotate' ? 'oidcClients.rotateConfirm' : 'oidcClients.revokeConfirm', { name: client.name })}
            confirmLabel={t(confirming === 'rotate' ? 'oidcClients.rotate' : 'oidcClients.revokeConfirmButton')}
            busy={rotateState.fetching || revokeState.fetching}
            failure={failure}
            onConfirm={onConfirm}
            onCancel={close}
          />
        ) : null}
      </td>
    </tr>
  );
}

import type { OidcClient } from '@vhod/db';
import type { ClientMetadata } from 'oidc-provider';

/**
 * A registered system as oidc-provider sees it: the code flow only, its redirect URIs compared
 * exactly, the scopes it was registered for, and a logout token whenever a Vhod session it
 * signed into ends. A secret client's "secret" is the stored hash: the provider compares hashes
 * (`compareClientSecret` in vhod-provider.ts) and never needs the secret itself.
 */
export function clientMetadataOf(client: OidcClient): ClientMetadata {
  return {
    client_id: client.clientId,
    client_name: client.name,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: client.authMethod,
    ...(client.authMethod === 'client_secret_basic' && client.secretHash ? { client_secret: client.secretHash } : {}),
    ...(client.authMethod === 'private_key_jwt' && client.jwks ? { jwks: client.jwks as ClientMetadata['jwks'] } : {}),
    scope: ['openid', ...client.scopes].join(' '),
    subject_type: client.pairwise ? 'pairwise' : 'public',
    ...(client.backChannelLogoutUri
      ? { backchannel_logout_uri: client.backChannelLogoutUri, backchannel_logout_session_required: true }
      : {}),
  };
}

import { randomBytes } from 'node:crypto';
import Provider, { type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { findEsiaAccount } from './account';
import { esiaScopeClaims, esiaScopes } from './claims';
import { interactionPaths } from './interactions/paths';
import { createMemoryAdapter } from './memory-adapter';
import { renderErrorPage } from './pages/error-page';
import { renderLoggedOutPage, renderLogoutPage } from './pages/logout-pages';
import type { RememberedConsents } from './remembered-consents';
import { generateSigningKey } from './signing-key';
import type { EsiaSimClient } from './start-esia-sim';

export interface EsiaProviderOptions {
  issuer: string;
  clients: ReadonlyArray<EsiaSimClient>;
  consents: RememberedConsents;
}

function toClientMetadata(client: EsiaSimClient & { clientSecret: string }): ClientMetadata {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: [...client.redirectUris],
    post_logout_redirect_uris: [...(client.postLogoutRedirectUris ?? [])],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    // oidc-provider also accepts client_secret_post from a client registered for basic.
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'RS256',
  };
}

function originOf(uri: string): string | undefined {
  try {
    return new URL(uri).origin;
  } catch {
    return undefined;
  }
}

/** Browser code of a registered client (its redirect URI origins) may call the CORS-enabled endpoints. */
function clientBasedCORS(
  _ctx: KoaContextWithOIDC,
  origin: string,
  client: { redirectUris?: readonly string[] | undefined; postLogoutRedirectUris?: readonly string[] | undefined },
): boolean {
  const uris = [...(client.redirectUris ?? []), ...(client.postLogoutRedirectUris ?? [])];
  return uris.some((uri) => originOf(uri) === origin);
}

export function createEsiaProvider({ issuer, clients, consents }: EsiaProviderOptions): Provider {
  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    // Clients registered with a certificate only speak ESIA's protocol, which the sim serves itself.
    clients: clients
      .filter((client): client is EsiaSimClient & { clientSecret: string } => client.clientSecret !== undefined)
      .map(toClientMetadata),
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    responseTypes: ['code'],
    scopes: [...esiaScopes],
    // A copy: oidc-provider normalises the claims configuration it is given.
    claims: Object.fromEntries(Object.entries(esiaScopeClaims).map(([scope, claims]) => [scope, [...claims]])),
    // Custom ESIA claims (trusted, snils, kids, ...) come from userinfo; the ID token stays standard.
    conformIdTokenClaims: true,
    findAccount: findEsiaAccount,
    loadExistingGrant: consents.loadExistingGrant,
    jwks: { keys: [generateSigningKey()] },
    cookies: {
      // Fresh keys per start: sessions never outlive the process anyway.
      keys: [randomBytes(32).toString('base64url')],
      // Not `secure`: the sim runs on plain http://127.0.0.1 in development.
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      registration: { enabled: false },
      introspection: { enabled: false },
      revocation: { enabled: false },
      claimsParameter: { enabled: false },
      resourceIndicators: { enabled: false },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = renderLogoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = renderLoggedOutPage();
        },
      },
    },
    interactions: {
      url: (_ctx, interaction) => interactionPaths.page(interaction.uid),
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = renderErrorPage({
        message: 'Не удалось выполнить запрос входа. Вернитесь в информационную систему и попробуйте снова.',
        details: Object.entries(out).map(([key, value]) => [key, String(value)] as const),
      });
    },
    clientBasedCORS,
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
    },
  };
  return new Provider(issuer, configuration);
}

import * as oidc from 'openid-client';
import type { ApiConfig } from '../config';

/**
 * The relying-party side of ESIA. Discovery is lazy and cached so the API starts even while
 * the provider is down; a failed discovery is retried on the next sign-in.
 */
export interface EsiaClient {
  configuration(): Promise<oidc.Configuration>;
  readonly redirectUri: string;
  readonly scopes: string[];
}

export function createEsiaClient(config: ApiConfig['esia']): EsiaClient {
  let pending: Promise<oidc.Configuration> | undefined;
  return {
    redirectUri: config.redirectUri,
    scopes: config.scopes,
    configuration() {
      pending ??= oidc
        .discovery(
          new URL(config.issuer),
          config.clientId,
          undefined,
          oidc.ClientSecretBasic(config.clientSecret),
          config.allowInsecureRequests ? { execute: [oidc.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          pending = undefined;
          throw error;
        });
      return pending;
    },
  };
}

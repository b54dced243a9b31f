import type { Grant, KoaContextWithOIDC } from 'oidc-provider';

/**
 * ESIA remembers that a citizen let an information system see their data: the next
 * sign-in, even from another browser, does not ask again unless new scopes are requested.
 * oidc-provider ties grants to the browser session (and revokes them on logout), so the
 * sim keeps the granted scopes per citizen and client for the life of the process and
 * rebuilds a grant from them when the session has none.
 */
export class RememberedConsents {
  readonly #scopes = new Map<string, Set<string>>();

  remember(accountId: string, clientId: string, scopes: Iterable<string>): void {
    const key = keyOf(accountId, clientId);
    const known = this.#scopes.get(key) ?? new Set<string>();
    for (const scope of scopes) {
      known.add(scope);
    }
    this.#scopes.set(key, known);
  }

  scopesFor(accountId: string, clientId: string): ReadonlySet<string> {
    return this.#scopes.get(keyOf(accountId, clientId)) ?? new Set();
  }

  /** The `loadExistingGrant` hook of the provider configuration. */
  readonly loadExistingGrant = async (ctx: KoaContextWithOIDC): Promise<Grant | undefined> => {
    const { oidc } = ctx;
    const client = oidc.client;
    const accountId = oidc.session?.accountId;
    if (client === undefined || accountId === undefined) {
      return undefined;
    }
    const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
    let grant = grantId === undefined ? undefined : await oidc.provider.Grant.find(grantId);
    const remembered = this.scopesFor(accountId, client.clientId);
    if (grant === undefined && remembered.size === 0) {
      return undefined;
    }
    const created = grant === undefined;
    grant ??= new oidc.provider.Grant({ accountId, clientId: client.clientId });
    const held = new Set(grant.getOIDCScope().split(' ').filter(Boolean));
    const missing = [...remembered].filter((scope) => !held.has(scope));
    // A new grant must be stored: the authorization code and tokens refer to it by id.
    if (created || missing.length > 0) {
      grant.addOIDCScope(missing);
      await grant.save();
    }
    return grant;
  };
}

function keyOf(accountId: string, clientId: string): string {
  return `${clientId}\u0000${accountId}`;
}

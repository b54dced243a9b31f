import { oidcClients, oidcProviderEntries, type Database, type OidcClient } from '@vhod/db';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Adapter, AdapterConstructor, AdapterPayload, ClientMetadata } from 'oidc-provider';
import { clientMetadataOf } from './client-metadata';

/**
 * oidc-provider's state in PostgreSQL, so that any API instance continues what another began
 * (an interaction started on one and finished on another, a code redeemed elsewhere). Expiry
 * follows the wall clock, as the provider's own token times do (their iat/exp are checked by the
 * clients against real time).
 *
 * Clients are not stored here: the Client model reads `oidc_clients`, which the console manages.
 */
export function providerStorage(db: Database): AdapterConstructor {
  let upsertsSinceSweep = 0;

  return class PostgresAdapter implements Adapter {
    readonly #model: string;

    constructor(model: string) {
      this.#model = model;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      if (this.#model === 'Client') throw new Error('clients are registered in the staff console, not by the provider');
      const row = {
        payload: payload as Record<string, unknown>,
        grantId: payload.grantId ?? null,
        uid: payload.uid ?? null,
        expiresAt: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
      };
      await db
        .insert(oidcProviderEntries)
        .values({ model: this.#model, id, ...row })
        .onConflictDoUpdate({ target: [oidcProviderEntries.model, oidcProviderEntries.id], set: row });
      // Expired entries would otherwise stay forever; sign-ins are frequent enough to sweep them now and then.
      upsertsSinceSweep += 1;
      if (upsertsSinceSweep >= 500) {
        upsertsSinceSweep = 0;
        await db.delete(oidcProviderEntries).where(lt(oidcProviderEntries.expiresAt, new Date()));
      }
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      if (this.#model === 'Client') return findClient(db, id);
      const [row] = await db
        .select({ payload: oidcProviderEntries.payload })
        .from(oidcProviderEntries)
        .where(and(eq(oidcProviderEntries.model, this.#model), eq(oidcProviderEntries.id, id), live()));
      return row?.payload as AdapterPayload | undefined;
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      const [row] = await db
        .select({ payload: oidcProviderEntries.payload })
        .from(oidcProviderEntries)
        .where(and(eq(oidcProviderEntries.model, this.#model), eq(oidcProviderEntries.uid, uid), live()));
      return row?.payload as AdapterPayload | undefined;
    }

    /** The device flow is off: there are no user codes. */
    async findByUserCode(): Promise<undefined> {
      return undefined;
    }

    /** A code is redeemed once: the mark goes into the payload the provider reads back. */
    async consume(id: string): Promise<void> {
      await db
        .update(oidcProviderEntries)
        .set({ payload: sql`${oidcProviderEntries.payload} || jsonb_build_object('consumed', ${Math.floor(Date.now() / 1000)}::bigint)` })
        .where(and(eq(oidcProviderEntries.model, this.#model), eq(oidcProviderEntries.id, id)));
    }

    async destroy(id: string): Promise<void> {
      await db.delete(oidcProviderEntries).where(and(eq(oidcProviderEntries.model, this.#model), eq(oidcProviderEntries.id, id)));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await db.delete(oidcProviderEntries).where(eq(oidcProviderEntries.grantId, grantId));
    }
  };
}

function live() {
  return or(isNull(oidcProviderEntries.expiresAt), gt(oidcProviderEntries.expiresAt, new Date()));
}

/** A revoked client is unknown to the provider from its very next request. */
async function findClient(db: Database, clientId: string): Promise<ClientMetadata | undefined> {
  const [client]: OidcClient[] = await db
    .select()
    .from(oidcClients)
    .where(and(eq(oidcClients.clientId, clientId), isNull(oidcClients.revokedAt)));
  return client ? clientMetadataOf(client) : undefined;
}

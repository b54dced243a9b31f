import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { type AuditAction, DomainError, isUuid, validateOidcClientInput } from '@vhod/domain';
import { newClientSecret, oidcClients, writeAuditEntry, type Database, type OidcClient } from '@vhod/db';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import { createdAtCursor } from '../pagination/keyset-cursor';
import { keysetPage, pageLimit, type KeysetPage } from '../pagination/keyset-page';
import type { ClientMeta } from '../sessions/session-store';
import type { StaffActor } from '../staff/staff-actor';
import { ValidationError } from '../validation/validation-error';
import { staffAuditActor } from '../staff/staff-audit';

export type OidcClientPage = KeysetPage<OidcClient>;

/** The secret is in this result and nowhere else, ever; null for a client without one (private_key_jwt, public). */
export interface OidcClientWithSecret {
  client: OidcClient;
  secret: string | null;
}

/**
 * The systems that sign their users in through Vhod («Системы входа»): registered, their secrets
 * rotated and the clients revoked by the regional administrator, every change audited. The
 * provider reads the table on every request, so each change counts from the next one.
 */
export function createOidcClientService({ db, clock }: { db: Database; clock: Clock }) {
  function requireAdmin(actor: StaffActor) {
    if (!actor.permissions.manageApiClients) throw new DomainError('forbidden');
  }

  async function getClient(exec: Database, id: string, lock = false): Promise<OidcClient> {
    if (!isUuid(id)) throw new DomainError('oidc-client-not-found');
    const query = exec.select().from(oidcClients).where(eq(oidcClients.id, id));
    const [client] = lock ? await query.for('update') : await query;
    if (!client) throw new DomainError('oidc-client-not-found');
    return client;
  }

  function audit(
    exec: Database,
    actor: StaffActor,
    action: AuditAction,
    client: OidcClient,
    meta: ClientMeta,
    details: Record<string, unknown> = {},
  ) {
    return writeAuditEntry(exec, {
      action,
      ...staffAuditActor(actor, meta),
      targetKind: 'oidc-client',
      targetId: client.clientId,
      details: { name: client.name, ...details },
    });
  }

  return {
    async list(actor: StaffActor, options: { first?: number | null; after?: string | null }): Promise<OidcClientPage> {
      requireAdmin(actor);
      const limit = pageLimit(options.first, { default: 50, max: 100 });
      const cursor = options.after ? createdAtCursor.decode(options.after) : null;
      const rows = await db
        .select()
        .from(oidcClients)
        .where(
          cursor
            ? or(
                lt(oidcClients.createdAt, cursor.createdAt),
                and(eq(oidcClients.createdAt, cursor.createdAt), lt(oidcClients.id, cursor.id)),
              )
            : undefined,
        )
        .orderBy(desc(oidcClients.createdAt), desc(oidcClients.id))
        .limit(limit + 1);
      const edges = rows.slice(0, limit).map((node) => ({ node, cursor: createdAtCursor.encode(node) }));
      return keysetPage(edges, rows.length > limit);
    },

    async create(actor: StaffActor, raw: unknown, meta: ClientMeta): Promise<OidcClientWithSecret> {
      requireAdmin(actor);
      const validated = validateOidcClientInput(raw);
      if (!validated.ok) throw new ValidationError(validated.fieldErrors);
      const input = validated.value;
      if (input.jwks && !input.jwks.keys.every(isPublicKey)) throw new ValidationError([{ field: 'jwks', code: 'validation.jwks' }]);
      const secret = input.authMethod === 'client_secret_basic' ? newClientSecret() : null;
      return db.transaction(async (tx) => {
        const id = crypto.randomUUID();
        const [client] = await tx
          .insert(oidcClients)
          .values({
            id,
            clientId: id,
            ...input,
            secretHash: secret?.hash ?? null,
            secretPrefix: secret?.visiblePrefix ?? null,
            createdByAccountId: actor.accountId,
            createdAt: clock.now(),
          })
          .returning();
        await audit(tx, actor, 'oidc-client.created', client!, meta, {
          redirectUris: input.redirectUris,
          postLogoutRedirectUris: input.postLogoutRedirectUris,
          backChannelLogoutUri: input.backChannelLogoutUri,
          startUrl: input.startUrl,
          scopes: input.scopes,
          trusted: input.trusted,
          authMethod: input.authMethod,
          pairwise: input.pairwise,
        });
        return { client: client!, secret: secret?.secret ?? null };
      });
    },

    /** A new secret replaces the old one at once: whoever held the old one is out. */
    async rotateSecret(actor: StaffActor, id: string, meta: ClientMeta): Promise<OidcClientWithSecret> {
      requireAdmin(actor);
      const secret = newClientSecret();
      return db.transaction(async (tx) => {
        const client = await getClient(tx, id, true);
        if (client.revokedAt) throw new DomainError('oidc-client-revoked');
        if (client.authMethod !== 'client_secret_basic') throw new DomainError('oidc-client-without-secret');
        const [rotated] = await tx
          .update(oidcClients)
          .set({ secretHash: secret.hash, secretPrefix: secret.visiblePrefix, secretRotatedAt: clock.now() })
          .where(eq(oidcClients.id, id))
          .returning();
        await audit(tx, actor, 'oidc-client.secret-rotated', client, meta);
        return { client: rotated!, secret: secret.secret };
      });
    },

    /** Revocation is final: the provider no longer knows the client, so its next request (and token) is refused. */
    async revoke(actor: StaffActor, id: string, meta: ClientMeta): Promise<OidcClient> {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        const client = await getClient(tx, id, true);
        if (client.revokedAt) return client;
        const [revoked] = await tx.update(oidcClients).set({ revokedAt: clock.now() }).where(eq(oidcClients.id, id)).returning();
        await audit(tx, actor, 'oidc-client.revoked', client, meta);
        return revoked!;
      });
    },
  };
}

export type OidcClientService = ReturnType<typeof createOidcClientService>;

/**
 * A key the provider can verify a client's assertion with. oidc-provider reads a client's keys only
 * when the client authenticates, so a key that is not one (a typo, a truncated paste) would lock
 * the system out at its first sign-in instead of being refused here.
 */
function isPublicKey(key: Record<string, unknown>): boolean {
  try {
    return createPublicKey({ key: key as JsonWebKey, format: 'jwk' }).type === 'public';
  } catch {
    return false;
  }
}

import { DomainError, validateApiClientInput, type ApiClientScope, isUuid, type AuditAction } from '@vhod/domain';
import {
  apiClientOrganisations,
  apiClients,
  hashClientSecret,
  newClientSecret,
  organisations,
  writeAuditEntry,
  type ApiClient,
  type Database,
} from '@vhod/db';
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { ValidationError } from '../validation/validation-error';
import type { Clock } from '../clock/clock';
import { createdAtCursor } from '../pagination/keyset-cursor';
import { keysetPage, pageLimit, type KeysetPage } from '../pagination/keyset-page';
import type { ClientMeta } from '../sessions/session-store';
import type { StaffActor } from '../staff/staff-actor';
import { apiClientActor, type ApiClientActor } from './api-client-actor';
import { staffAuditActor } from '../staff/staff-audit';

/** A client as the console shows it: never its secret, only the secret's first characters. */
export interface ApiClientRecord {
  client: ApiClient;
  organisations: Array<{ id: string; name: string }>;
}

export type ApiClientPage = KeysetPage<ApiClientRecord>;

/** The secret is in this result and nowhere else, ever. */
export interface ApiClientWithSecret {
  record: ApiClientRecord;
  secret: string;
}

/** Third-party API clients: created, rotated and revoked by the regional administrator; authenticated per request. */
export function createApiClientService({ db, clock }: { db: Database; clock: Clock }) {
  function requireAdmin(actor: StaffActor) {
    if (!actor.permissions.manageApiClients) throw new DomainError('forbidden');
  }

  async function recordsOf(exec: Database, clients: ApiClient[]): Promise<ApiClientRecord[]> {
    const ids = clients.map((client) => client.id);
    const rows = ids.length
      ? await exec
          .select({ clientId: apiClientOrganisations.clientId, id: organisations.id, name: organisations.name })
          .from(apiClientOrganisations)
          .innerJoin(organisations, eq(organisations.id, apiClientOrganisations.organisationId))
          .where(inArray(apiClientOrganisations.clientId, ids))
          .orderBy(asc(organisations.name))
      : [];
    return clients.map((client) => ({
      client,
      organisations: rows.filter((row) => row.clientId === client.id).map(({ id, name }) => ({ id, name })),
    }));
  }

  async function getRecord(exec: Database, id: string, lock = false): Promise<ApiClientRecord> {
    if (!isUuid(id)) throw new DomainError('api-client-not-found');
    const query = exec.select().from(apiClients).where(eq(apiClients.id, id));
    const [client] = lock ? await query.for('update') : await query;
    if (!client) throw new DomainError('api-client-not-found');
    const [record] = await recordsOf(exec, [client]);
    return record!;
  }

  function audit(
    exec: Database,
    actor: StaffActor,
    action: AuditAction,
    client: ApiClient,
    meta: ClientMeta,
    details: Record<string, unknown> = {},
  ) {
    return writeAuditEntry(exec, {
      action,
      ...staffAuditActor(actor, meta),
      targetKind: 'api-client',
      targetId: client.id,
      details: { name: client.name, ...details },
    });
  }

  return {
    /**
     * The client behind a bearer secret, or null for an unknown, rotated-away or revoked one.
     * Read from the database on every request, so a revocation stops the very next call.
     */
    async authenticate(secret: string): Promise<ApiClientActor | null> {
      const [row] = await db
        .select({
          client: apiClients,
          organisationIds: sql<
            string[]
          >`coalesce((select array_agg(${apiClientOrganisations.organisationId}::text) from ${apiClientOrganisations} where ${apiClientOrganisations.clientId} = ${apiClients.id}), '{}')`,
        })
        .from(apiClients)
        .where(and(eq(apiClients.secretHash, hashClientSecret(secret)), isNull(apiClients.revokedAt)));
      if (!row) return null;
      return apiClientActor({ ...row.client, organisationIds: row.organisationIds });
    },

    /** Every call is attributed: the operation's name and a hash of its text (not the text, which may hold personal data). */
    async recordUse(
      client: ApiClientActor,
      operation: { operationName: string | null; operationType: string | null; queryHash: string },
      meta: ClientMeta,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await writeAuditEntry(tx, {
          action: 'api-client.request',
          actorKind: 'api-client',
          actorApiClientId: client.clientId,
          targetKind: 'api-client',
          targetId: client.clientId,
          clientIp: meta.clientIp,
          details: { client: client.name, ...operation },
        });
        await tx.update(apiClients).set({ lastUsedAt: clock.now() }).where(eq(apiClients.id, client.clientId));
      });
    },

    async list(actor: StaffActor, options: { first?: number | null; after?: string | null }): Promise<ApiClientPage> {
      requireAdmin(actor);
      const limit = pageLimit(options.first, { default: 50, max: 100 });
      const cursor = options.after ? createdAtCursor.decode(options.after) : null;
      const rows = await db
        .select()
        .from(apiClients)
        .where(
          cursor
            ? or(lt(apiClients.createdAt, cursor.createdAt), and(eq(apiClients.createdAt, cursor.createdAt), lt(apiClients.id, cursor.id)))
            : undefined,
        )
        .orderBy(desc(apiClients.createdAt), desc(apiClients.id))
        .limit(limit + 1);
      const records = await recordsOf(db, rows.slice(0, limit));
      const edges = records.map((node) => ({ node, cursor: createdAtCursor.encode(node.client) }));
      return keysetPage(edges, rows.length > limit);
    },

    async get(actor: StaffActor, id: string): Promise<ApiClientRecord | null> {
      requireAdmin(actor);
      return getRecord(db, id).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'api-client-not-found') return null;
        throw error;
      });
    },

    async create(actor: StaffActor, raw: unknown, meta: ClientMeta): Promise<ApiClientWithSecret> {
      requireAdmin(actor);
      const validated = validateApiClientInput(raw);
      if (!validated.ok) throw new ValidationError(validated.fieldErrors);
      const input = validated.value;
      const secret = newClientSecret();
      return db.transaction(async (tx) => {
        if (input.organisationIds) {
          const known = await tx
            .select({ id: organisations.id })
            .from(organisations)
            .where(inArray(organisations.id, input.organisationIds));
          if (known.length !== input.organisationIds.length)
            throw new ValidationError([{ field: 'organisationIds', code: 'validation.uuid' }]);
        }
        const [client] = await tx
          .insert(apiClients)
          .values({
            name: input.name,
            scopes: input.scopes,
            allOrganisations: input.organisationIds === null,
            secretHash: secret.hash,
            secretPrefix: secret.visiblePrefix,
            rateLimitPerMinute: input.rateLimitPerMinute,
            createdByAccountId: actor.accountId,
            createdAt: clock.now(),
          })
          .returning();
        if (input.organisationIds?.length) {
          await tx
            .insert(apiClientOrganisations)
            .values(input.organisationIds.map((organisationId) => ({ clientId: client!.id, organisationId })));
        }
        await audit(tx, actor, 'api-client.created', client!, meta, {
          scopes: input.scopes satisfies ApiClientScope[],
          organisationIds: input.organisationIds,
          rateLimitPerMinute: input.rateLimitPerMinute,
        });
        return { record: await getRecord(tx, client!.id), secret: secret.secret };
      });
    },

    /** A new secret replaces the old one at once: whoever held the old one is out. */
    async rotateSecret(actor: StaffActor, id: string, meta: ClientMeta): Promise<ApiClientWithSecret> {
      requireAdmin(actor);
      const secret = newClientSecret();
      return db.transaction(async (tx) => {
        const { client } = await getRecord(tx, id, true);
        if (client.revokedAt) throw new DomainError('api-client-revoked');
        await tx
          .update(apiClients)
          .set({ secretHash: secret.hash, secretPrefix: secret.visiblePrefix, secretRotatedAt: clock.now() })
          .where(eq(apiClients.id, id));
        await audit(tx, actor, 'api-client.secret-rotated', client, meta);
        return { record: await getRecord(tx, id), secret: secret.secret };
      });
    },

    /** Revocation is final; revoking twice changes nothing and writes nothing. */
    async revoke(actor: StaffActor, id: string, meta: ClientMeta): Promise<ApiClientRecord> {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        const { client } = await getRecord(tx, id, true);
        if (client.revokedAt) return getRecord(tx, id);
        await tx.update(apiClients).set({ revokedAt: clock.now() }).where(eq(apiClients.id, id));
        await audit(tx, actor, 'api-client.revoked', client, meta);
        return getRecord(tx, id);
      });
    },
  };
}

export type ApiClientService = ReturnType<typeof createApiClientService>;

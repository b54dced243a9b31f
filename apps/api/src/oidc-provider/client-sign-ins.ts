import { oidcClients, oidcClientSignIns, oidcProviderEntries, type Database, type OidcClientSignIn } from '@vhod/db';
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Clock } from '../clock/clock';

/** Rows older than this whose logout is settled (or was never owed) are swept. */
const keepSettledMs = 7 * 24 * 60 * 60_000;

/**
 * The clients a Vhod session signed into (oidc_client_sign_ins): written when Vhod hands a person
 * over to a client, completed when the client gets its code, ended with the Vhod session.
 */
export function createClientSignIns(db: Database, clock: Clock) {
  return {
    /** Vhod hands `accountId` to the client under this grant; the claims of its tokens come from that account. */
    async record(input: { grantId: string; clientId: string; personId: string; accountId: string; sessionIdHash: string }) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await tx
          .insert(oidcClientSignIns)
          .values({ ...input, createdAt: now })
          .onConflictDoUpdate({
            target: oidcClientSignIns.grantId,
            set: { accountId: input.accountId, sessionIdHash: input.sessionIdHash },
          });
        await tx.update(oidcClients).set({ lastSignInAt: now }).where(eq(oidcClients.clientId, input.clientId));
        await tx
          .delete(oidcClientSignIns)
          .where(
            and(
              lt(oidcClientSignIns.createdAt, new Date(now.getTime() - keepSettledMs)),
              or(isNull(oidcClientSignIns.endedAt), isNotNull(oidcClientSignIns.logoutDeliveredAt)),
            ),
          );
      });
    },

    /** The code went out: the provider session and the `sid` the client now knows, for the logout token. */
    async bindProviderSession(grantId: string, binding: { sessionIdHash: string; providerSessionUid: string; sid: string | undefined }) {
      await db
        .update(oidcClientSignIns)
        .set({ sessionIdHash: binding.sessionIdHash, providerSessionUid: binding.providerSessionUid, sid: binding.sid ?? null })
        .where(and(eq(oidcClientSignIns.grantId, grantId), isNull(oidcClientSignIns.endedAt)));
    },

    async ofGrant(grantId: string): Promise<OidcClientSignIn | null> {
      const [row] = await db.select().from(oidcClientSignIns).where(eq(oidcClientSignIns.grantId, grantId));
      return row ?? null;
    },

    /** oidc-provider itself told these clients (RP-initiated logout): nothing more is owed to them. */
    async markToldByProvider(providerSessionUid: string, exec: Database = db) {
      await exec
        .update(oidcClientSignIns)
        .set({ logoutDeliveredAt: clock.now() })
        .where(and(eq(oidcClientSignIns.providerSessionUid, providerSessionUid), isNull(oidcClientSignIns.logoutDeliveredAt)));
    },
  };
}

export type ClientSignIns = ReturnType<typeof createClientSignIns>;

/**
 * The Vhod sessions `sessionIdHashes` have ended (in the caller's transaction): their clients'
 * grants, tokens and provider sessions go with them, and each client that received a code and
 * has a back-channel URI is owed a logout token (delivered after the commit by the worker of
 * back-channel-logouts.ts).
 */
export async function endClientSignIns(exec: Database, sessionIdHashes: readonly string[], now: Date): Promise<void> {
  if (sessionIdHashes.length === 0) return;
  const ended = await exec
    .update(oidcClientSignIns)
    .set({
      endedAt: now,
      logoutNextAttemptAt: now,
      // Nothing is owed to a client that never got a code, or that listens for no logout.
      logoutDeliveredAt: sql`case when ${oidcClientSignIns.sid} is null or (select ${oidcClients.backChannelLogoutUri} from ${oidcClients} where ${oidcClients.clientId} = ${oidcClientSignIns.clientId}) is null then ${now.toISOString()}::timestamptz end`,
    })
    .where(and(inArray(oidcClientSignIns.sessionIdHash, [...sessionIdHashes]), isNull(oidcClientSignIns.endedAt)))
    .returning({ grantId: oidcClientSignIns.grantId, providerSessionUid: oidcClientSignIns.providerSessionUid });
  if (ended.length === 0) return;
  const grantIds = ended.map((row) => row.grantId);
  const providerSessions = ended.flatMap((row) => (row.providerSessionUid ? [row.providerSessionUid] : []));
  await exec
    .delete(oidcProviderEntries)
    .where(
      or(
        inArray(oidcProviderEntries.grantId, grantIds),
        and(eq(oidcProviderEntries.model, 'Grant'), inArray(oidcProviderEntries.id, grantIds)),
        providerSessions.length > 0
          ? and(eq(oidcProviderEntries.model, 'Session'), inArray(oidcProviderEntries.uid, providerSessions))
          : undefined,
      ),
    );
}

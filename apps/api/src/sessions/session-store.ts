import { esiaPersonSchema, type EsiaPerson, type SignInRole } from '@vhod/domain';
import { sessions, type AppKind, type Database, type SessionStage, type SignInMethod } from '@vhod/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { ApiConfig } from '../config';
import { endClientSignIns } from '../oidc-provider/client-sign-ins';
import { hashSessionToken, newSessionToken } from './session-token';

export type { AppKind, SessionStage, SignInMethod };

export interface SessionState {
  app: AppKind;
  stage: SessionStage;
  signInRole: SignInRole;
  signInMethod: SignInMethod;
  esiaSubject: string | null;
  esiaProfile: EsiaPerson | null;
  matchReason: string | null;
  candidateAccountIds: string[];
  accountId: string | null;
  personId: string | null;
}

export interface Session extends SessionState {
  idHash: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface ClientMeta {
  clientIp: string | null;
  userAgent: string | null;
}

/** How often an active session's last-seen time is written: every request would be wasted writes. */
const touchIntervalMs = 60_000;

export function createSessionStore(db: Database, timeouts: ApiConfig['sessions'], clock: Clock) {
  function lifetimeFor(stage: SessionStage): number {
    return stage === 'active' ? timeouts.absoluteTimeoutMs : timeouts.pendingTimeoutMs;
  }
  // Every request with a cookie loads its session: prepared once (see preparedPerDatabase in @vhod/db).
  const loadSession = db
    .select()
    .from(sessions)
    .where(eq(sessions.idHash, sql.placeholder('idHash')))
    .prepare('session_load');
  const touchSession = db
    .update(sessions)
    .set({ lastSeenAt: sql`${sql.placeholder('now')}::timestamptz` })
    .where(eq(sessions.idHash, sql.placeholder('idHash')))
    .prepare('session_touch');

  return {
    /** Always a fresh id: a sign-in never reuses a session the browser brought (no fixation). */
    async create(state: SessionState, meta: ClientMeta, exec: Database = db): Promise<{ token: string; session: Session }> {
      const token = newSessionToken();
      const now = clock.now();
      const [row] = await exec
        .insert(sessions)
        .values({
          idHash: hashSessionToken(token),
          ...state,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + lifetimeFor(state.stage)),
          clientIp: meta.clientIp,
          userAgent: meta.userAgent,
        })
        .returning();
      return { token, session: toSession(row!) };
    },

    async load(token: string | undefined): Promise<Session | null> {
      if (!token) return null;
      const idHash = hashSessionToken(token);
      const [row] = await loadSession.execute({ idHash });
      if (!row) return null;
      const now = clock.now().getTime();
      const idleExpired = now - row.lastSeenAt.getTime() > timeouts.idleTimeoutMs;
      if (row.expiresAt.getTime() <= now || idleExpired) {
        await db.delete(sessions).where(eq(sessions.idHash, idHash));
        return null;
      }
      if (now - row.lastSeenAt.getTime() > touchIntervalMs) await touchSession.execute({ idHash, now: new Date(now).toISOString() });
      return toSession(row);
    },

    /** Moves a session to its next stage; the stage guard makes a double submit a no-op instead of a race. */
    async advance(session: Session, patch: Partial<SessionState>, exec: Database = db): Promise<Session | null> {
      const stage = patch.stage ?? session.stage;
      const expiresAt =
        stage === 'active' && session.stage !== 'active'
          ? new Date(session.createdAt.getTime() + timeouts.absoluteTimeoutMs)
          : session.expiresAt;
      const [row] = await exec
        .update(sessions)
        .set({ ...patch, expiresAt })
        .where(and(eq(sessions.idHash, session.idHash), eq(sessions.stage, session.stage)))
        .returning();
      return row ? toSession(row) : null;
    },

    /** Ends the session here and, in the same transaction, at every client it signed into (their logout tokens follow). */
    async destroy(token: string | undefined, exec: Database = db): Promise<void> {
      if (!token) return;
      const ended = await exec
        .delete(sessions)
        .where(eq(sessions.idHash, hashSessionToken(token)))
        .returning({ idHash: sessions.idHash });
      await endClientSignIns(
        exec,
        ended.map((session) => session.idHash),
        clock.now(),
      );
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/**
 * When an ESIA link is removed, the sessions that came in through it end: whoever signed in with
 * that ESIA account got in through a link that no longer exists. Sessions that came in another
 * way (the legacy login) stay. `keepIdHash`: the session that removed the link itself goes on.
 * The clients those sessions signed into are signed out too (at `now`).
 */
export async function endSessionsThroughLink(
  exec: Database,
  link: { personId: string; esiaSubject: string },
  now: Date,
  keepIdHash?: string,
): Promise<void> {
  const ended = await exec
    .delete(sessions)
    .where(
      and(
        eq(sessions.personId, link.personId),
        eq(sessions.esiaSubject, link.esiaSubject),
        eq(sessions.signInMethod, 'esia'),
        keepIdHash ? ne(sessions.idHash, keepIdHash) : undefined,
      ),
    )
    .returning({ idHash: sessions.idHash });
  await endClientSignIns(
    exec,
    ended.map((session) => session.idHash),
    now,
  );
}

function toSession(row: typeof sessions.$inferSelect): Session {
  return {
    idHash: row.idHash,
    app: row.app,
    stage: row.stage,
    signInRole: row.signInRole,
    signInMethod: row.signInMethod,
    esiaSubject: row.esiaSubject,
    esiaProfile: row.esiaProfile ? esiaPersonSchema.parse(row.esiaProfile) : null,
    matchReason: row.matchReason,
    candidateAccountIds: row.candidateAccountIds,
    accountId: row.accountId,
    personId: row.personId,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
  };
}

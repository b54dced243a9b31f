import { loginFlows, sessions as sessionsTable } from '@vhod/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpiredRowsSweeper } from '../src/sessions/expired-rows-sweeper';
import { createSessionStore, type SessionState } from '../src/sessions/session-store';
import { hashSessionToken } from '../src/sessions/session-token';
import { esiaPerson } from './support/esia-people';
import { meta, seededServices } from './support/test-services';

let env: Awaited<ReturnType<typeof seededServices>>;
beforeAll(async () => {
  env = await seededServices();
});
afterAll(async () => {
  await env?.database.close();
});

const pending: SessionState = {
  app: 'family',
  stage: 'unmatched',
  signInRole: 'parent',
  signInMethod: 'esia',
  esiaSubject: '1000004',
  esiaProfile: null,
  matchReason: 'no-matching-card',
  candidateAccountIds: [],
  accountId: null,
  personId: null,
};

describe('server-side sessions', () => {
  it('stores only a hash of a long random token, and loads the session by the token', async () => {
    const store = env.services.sessions;
    const { token } = await store.create({ ...pending, esiaProfile: esiaPerson('1000004') }, meta);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await env.db
      .select()
      .from(sessionsTable)
      .where(eq(sessionsTable.idHash, hashSessionToken(token)));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    const loaded = await store.load(token);
    expect(loaded?.esiaProfile?.lastName).toBe('Николаев');
    expect(await store.load(`${token}x`)).toBeNull();
  });

  it('gives every sign-in a new token', async () => {
    const a = await env.services.sessions.create(pending, meta);
    const b = await env.services.sessions.create(pending, meta);
    expect(a.token).not.toBe(b.token);
  });

  it('ends a session that sat idle too long, and deletes it', async () => {
    const store = createSessionStore(env.db, { ...env.config.sessions, idleTimeoutMs: 1_000 }, env.clock);
    const { token } = await store.create(pending, meta);
    await env.db
      .update(sessionsTable)
      .set({ lastSeenAt: new Date(env.clock.now().getTime() - 5_000) })
      .where(eq(sessionsTable.idHash, hashSessionToken(token)));
    expect(await store.load(token)).toBeNull();
    expect(
      await env.db
        .select()
        .from(sessionsTable)
        .where(eq(sessionsTable.idHash, hashSessionToken(token))),
    ).toHaveLength(0);
  });

  it('ends a session at its absolute expiry even while in use', async () => {
    const store = env.services.sessions;
    const { token } = await store.create(pending, meta);
    await env.db
      .update(sessionsTable)
      .set({ expiresAt: new Date(env.clock.now().getTime() - 1) })
      .where(eq(sessionsTable.idHash, hashSessionToken(token)));
    expect(await store.load(token)).toBeNull();
  });

  it('destroys a session on sign-out', async () => {
    const store = env.services.sessions;
    const { token } = await store.create(pending, meta);
    await store.destroy(token);
    expect(await store.load(token)).toBeNull();
  });

  it('refuses to advance a session from a stage it is no longer in (double submit)', async () => {
    const store = env.services.sessions;
    const { session } = await store.create({ ...pending, stage: 'consent' }, meta);
    expect(await store.advance(session, { stage: 'choose-account' })).not.toBeNull();
    expect(await store.advance(session, { stage: 'choose-account' })).toBeNull();
  });

  it('sweeps the expired sessions and the long-abandoned sign-ins on its timer, not on the next sign-in', async () => {
    const store = env.services.sessions;
    const expired = await store.create(pending, meta);
    const current = await store.create(pending, meta);
    await env.db
      .update(sessionsTable)
      .set({ expiresAt: new Date(env.clock.now().getTime() - 1) })
      .where(eq(sessionsTable.idHash, hashSessionToken(expired.token)));
    const lifetimeMs = env.config.sessions.loginFlowTimeoutMs;
    const flowExpiredAt = (agoMs: number) => new Date(env.clock.now().getTime() - agoMs);
    await env.db.insert(loginFlows).values([
      { idHash: 'flow-abandoned', state: 's1', signInRole: 'parent', app: 'family', expiresAt: flowExpiredAt(lifetimeMs + 1) },
      { idHash: 'flow-just-expired', state: 's2', signInRole: 'parent', app: 'family', expiresAt: flowExpiredAt(1) },
    ]);
    const hashes = [expired, current].map(({ token }) => hashSessionToken(token));
    const remaining = async () => ({
      sessions: (await env.db.select().from(sessionsTable).where(inArray(sessionsTable.idHash, hashes))).map((row) => row.idHash).sort(),
      flows: (
        await env.db
          .select()
          .from(loginFlows)
          .where(inArray(loginFlows.idHash, ['flow-abandoned', 'flow-just-expired']))
      ).map((row) => row.idHash),
    });

    await store.create(pending, meta); // a sign-in no longer sweeps
    expect(await remaining()).toEqual({
      sessions: [...hashes].sort(),
      flows: expect.arrayContaining(['flow-abandoned', 'flow-just-expired']),
    });

    const sweeper = createExpiredRowsSweeper({
      db: env.db,
      clock: env.clock,
      logger: env.services.logger,
      loginFlowLifetimeMs: lifetimeMs,
    });
    await sweeper.runNow();
    // A flow just past its expiry stays a while: its late callback is told «expired», not «no such sign-in».
    expect(await remaining()).toEqual({ sessions: [hashes[1]], flows: ['flow-just-expired'] });
  });
});

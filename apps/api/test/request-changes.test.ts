import { openPostgres } from '@vhod/db';
import { createServerTestDatabase, startTcpProxy, testDatabaseKind } from '@vhod/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/logging/logger';
import { announceRequestChange } from '../src/request-changes/request-change';
import { createRequestChangeFeed, type FeedEvent } from '../src/request-changes/request-change-feed';
import { startApiServer, type RunningApiServer } from '../src/server/create-api-server';
import { demoSchools } from './support/demo-organisations';
import { subscribeOverSse, type SseSubscription } from './support/sse-subscription';
import { signedInCaller, staffCaller, type GraphQLCaller } from './support/staff-graphql';
import { meta, seededServices } from './support/test-services';
import { unmatchedSession } from './support/unmatched-session';

// Issue 15 item 2: a change made through one API instance reaches the staff screens of every instance, each screen
// only the requests its staff member may see.
let env: Awaited<ReturnType<typeof seededServices>>;
let instanceA: RunningApiServer;
let instanceB: RunningApiServer;
let school1: string;
let gymnasium2: string;
let orlova: GraphQLCaller; // administrator of Школа № 1
let belova: GraphQLCaller; // responsible staff member of Гимназия № 2
const open: Array<SseSubscription<unknown>> = [];

const changes = `subscription Changes { staffAccessRequestChanges { kind request { id number status assignedToName organisation { shortName } } } }`;
type ChangeEvent = {
  staffAccessRequestChanges: {
    kind: string;
    request: { id: string; number: string; status: string; assignedToName: string | null; organisation: { shortName: string } } | null;
  };
};

async function subscribe(instance: RunningApiServer, caller: GraphQLCaller | undefined) {
  const subscription = await subscribeOverSse<ChangeEvent>(instance.url, {
    token: caller?.token,
    origin: env.config.publicOrigin,
    query: changes,
  });
  open.push(subscription);
  return subscription;
}

/** The next change's kind and request number, as a staff screen would show it. */
async function nextChange(subscription: SseSubscription<ChangeEvent>) {
  const event = await subscription.next();
  if (!event) return null;
  if (event.errors) throw new Error(JSON.stringify(event.errors));
  const { kind, request } = event.data!.staffAccessRequestChanges;
  return { kind, number: request?.number ?? null, status: request?.status ?? null };
}

/** Николаев (not found at sign-in) asks a school for access; through the services of instance A. */
async function submitThroughA(organisationId: string) {
  const session = await unmatchedSession(instanceA.services, '1000004', 'parent');
  const child = session.esiaProfile!.children[0]!;
  const { request } = await instanceA.services.accessRequests.submit(
    session,
    { organisationId, childId: child.id, email: 'x@example.ru' },
    meta,
  );
  return request;
}

const reject = (caller: GraphQLCaller, id: string) =>
  caller.execute(`mutation($id: ID!) { rejectAccessRequest(id: $id, comment: "Нет в списках") { __typename } }`, { id });

beforeAll(async () => {
  env = await seededServices();
  ({ school1, gymnasium2 } = await demoSchools(env.db));
  const quiet = createLogger({ write: () => {} });
  const start = () => startApiServer({ config: { ...env.config, email: null }, db: env.db, clock: env.clock, port: 0, logger: quiet });
  instanceA = await start();
  instanceB = await start();
  orlova = await staffCaller(instanceA.services, '1000006');
  belova = await staffCaller(instanceA.services, '1000010');
});
afterAll(async () => {
  for (const subscription of open) subscription.close();
  await instanceA?.close({ drainMs: 100 });
  await instanceB?.close({ drainMs: 100 });
  await env?.database.close();
});

describe('staffAccessRequestChanges across instances', () => {
  it('tells a staff screen on instance B about a request submitted, taken and rejected through instance A', async () => {
    const screen = await subscribe(instanceB, orlova);
    expect(screen.status).toBe(200);
    expect(screen.headers.get('content-type')).toMatch(/^text\/event-stream/);
    // nginx passes the events on at once instead of buffering them.
    expect(screen.headers.get('x-accel-buffering')).toBe('no');
    expect(await nextChange(screen)).toEqual({ kind: 'RELOAD', number: null, status: null });

    const request = await submitThroughA(school1);
    expect(await nextChange(screen)).toEqual({ kind: 'SUBMITTED', number: request.number, status: 'NEW' });

    const take = await orlova.execute(`mutation($id: ID!) { takeAccessRequest(id: $id) { __typename } }`, { id: request.id });
    expect(take.errors).toBeUndefined();
    const taken = (await screen.next())!.data!.staffAccessRequestChanges;
    expect(taken).toEqual({
      kind: 'TAKEN',
      request: {
        id: request.id,
        number: request.number,
        status: 'IN_REVIEW',
        assignedToName: 'Орлова Елена Павловна',
        organisation: { shortName: 'Школа № 1' },
      },
    });

    await reject(orlova, request.id);
    expect(await nextChange(screen)).toEqual({ kind: 'REJECTED', number: request.number, status: 'REJECTED' });
  });

  it('tells another school’s staff nothing of it', async () => {
    const ownScreen = await subscribe(instanceB, orlova);
    const otherScreen = await subscribe(instanceB, belova);
    expect(await nextChange(ownScreen)).toMatchObject({ kind: 'RELOAD' });
    expect(await nextChange(otherScreen)).toMatchObject({ kind: 'RELOAD' });

    const school1Request = await submitThroughA(school1);
    await reject(orlova, school1Request.id);
    const gymnasiumRequest = await submitThroughA(gymnasium2);
    // Events keep their order: the first thing Белова hears of is her own school's request.
    expect(await nextChange(otherScreen)).toEqual({ kind: 'SUBMITTED', number: gymnasiumRequest.number, status: 'NEW' });
    expect(await nextChange(ownScreen)).toEqual({ kind: 'SUBMITTED', number: school1Request.number, status: 'NEW' });
    expect(await nextChange(ownScreen)).toEqual({ kind: 'REJECTED', number: school1Request.number, status: 'REJECTED' });
    await reject(belova, gymnasiumRequest.id);
    expect(await nextChange(otherScreen)).toEqual({ kind: 'REJECTED', number: gymnasiumRequest.number, status: 'REJECTED' });
  });

  it('is for staff: a family session and an anonymous caller are refused', async () => {
    const family = await signedInCaller(instanceA.services, '1000001', { role: 'parent', app: 'family' });
    for (const caller of [family, undefined]) {
      const refused = await subscribe(instanceB, caller);
      const event = await refused.next();
      expect(event?.data ?? null).toBeNull();
      expect(event?.errors).toEqual([
        expect.objectContaining({ message: 'Not authorized to resolve Subscription.staffAccessRequestChanges' }),
      ]);
      expect(await refused.next()).toBeNull();
    }
  });

  it('ends at the next change once the session is over, telling nothing more', async () => {
    const leaving = await staffCaller(instanceA.services, '1000006');
    const screen = await subscribe(instanceB, leaving);
    expect(await nextChange(screen)).toMatchObject({ kind: 'RELOAD' });
    await instanceA.services.sessions.destroy(leaving.token);
    const request = await submitThroughA(school1);
    expect(await screen.next()).toBeNull();
    await reject(orlova, request.id);
  });

  it('forgets a screen that went away', async () => {
    const before = instanceB.services.requestChanges.subscriberCount();
    const screen = await subscribe(instanceB, orlova);
    expect(await nextChange(screen)).toMatchObject({ kind: 'RELOAD' });
    expect(instanceB.services.requestChanges.subscriberCount()).toBe(before + 1);
    expect(await instanceB.services.metrics.registry.getSingleMetricAsString('vhod_live_update_streams')).toContain(
      `vhod_live_update_streams ${before + 1}`,
    );
    screen.close();
    await vi.waitFor(() => expect(instanceB.services.requestChanges.subscriberCount()).toBe(before), { timeout: 5_000, interval: 20 });
  });

  it('ends every subscription when its instance stops, so the screen moves to another', async () => {
    const instanceC = await startApiServer({
      config: { ...env.config, email: null },
      db: env.db,
      clock: env.clock,
      port: 0,
      logger: createLogger({ write: () => {} }),
    });
    const screen = await subscribe(instanceC, orlova);
    expect(await nextChange(screen)).toMatchObject({ kind: 'RELOAD' });
    await instanceC.close({ drainMs: 5_000 });
    expect(await screen.next()).toBeNull();
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('the feed when its LISTEN connection is lost', () => {
  it('listens again by itself and tells every subscriber to reload, then delivers again', async () => {
    const server = await createServerTestDatabase({ migrate: false });
    const { hostname, port } = new URL(server.url);
    const proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    const pool = openPostgres(proxy.urlFor(server.url), 2, { connectTimeoutMs: 1_000 });
    const feed = createRequestChangeFeed({
      db: pool.db,
      logger: createLogger({ write: () => {} }),
      listenerOptions: { retryDelaysMs: [50, 100] },
    });
    const heard: FeedEvent[] = [];
    let wake = () => {};
    const until = (count: number) =>
      new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`${heard.length} of ${count} events after 10 s`)), 10_000);
        wake = () => {
          if (heard.length < count) return;
          clearTimeout(timer);
          done();
        };
        wake();
      });
    try {
      await feed.subscribe({
        onEvent: (event) => {
          heard.push(event);
          wake();
        },
        onClosed: () => {},
      });
      const change = { requestId: crypto.randomUUID(), organisationId: crypto.randomUUID(), kind: 'taken' } as const;
      await announceRequestChange(server.db, change);
      await until(2);
      await proxy.setMode('refuse');
      await proxy.setMode('forward');
      await until(3);
      await announceRequestChange(server.db, change);
      await until(4);
      expect(heard).toEqual([{ kind: 'reload' }, { kind: 'change', change }, { kind: 'reload' }, { kind: 'change', change }]);
    } finally {
      await feed.close();
      await pool.destroy();
      await proxy.close();
      await server.close();
    }
  });
});

import { openPostgres, type PostgresHandle } from '@vhod/db';
import { createServerTestDatabase, startTcpProxy, testDatabaseKind, type TcpProxy } from '@vhod/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiConfig } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { startApiServer, type RunningApiServer } from '../../src/server/create-api-server';

const unavailable = 'Сервис временно недоступен: нет связи с базой данных. Повторите действие через 5 с.';

describe.skipIf(testDatabaseKind() !== 'postgres')('the database away: a fast, clear 503, and recovery by itself', () => {
  let database: PostgresHandle;
  let proxy: TcpProxy;
  let pool: PostgresHandle;
  let api: RunningApiServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await createServerTestDatabase();
    const { hostname, port } = new URL(database.url);
    proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    // The production timeouts, shortened so the test waits a second at most.
    pool = openPostgres(proxy.urlFor(database.url), 4, { connectTimeoutMs: 1_000, statementTimeoutMs: 500, answerTimeoutMs: 1_000 });
    const config = loadApiConfig({ NODE_ENV: 'test', VHOD_SELF_LINK_CUTOFF: '2027-03-17' });
    const logger = createLogger({ write: (line: string) => void logLines.push(line) });
    api = await startApiServer({ config: { ...config, email: null }, db: pool.db, port: 0, logger });
  });
  afterAll(async () => {
    await api?.close();
    await pool?.destroy();
    await proxy?.close();
    await database?.close();
  });

  /** A GraphQL query whose context reads the session named by the cookie (a database read on every request). */
  async function graphql() {
    const started = performance.now();
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', cookie: 'vhod_session=not-a-real-session' },
    });
    return { ms: performance.now() - started, status: response.status, headers: response.headers, body: await response.json() };
  }

  /** «Войти через Госуслуги»: the route writes a login flow first. */
  async function signInStart() {
    const started = performance.now();
    const response = await fetch(`${api.url}/auth/esia/login?role=parent&app=family`, { redirect: 'manual' });
    return { ms: performance.now() - started, status: response.status, headers: response.headers, text: await response.text() };
  }

  function expectUnavailableGraphQL(result: Awaited<ReturnType<typeof graphql>>) {
    expect(result.status).toBe(503);
    expect(result.headers.get('retry-after')).toBe('5');
    expect(result.body.errors).toEqual([
      {
        message: unavailable,
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5, correlationId: expect.any(String) },
      },
    ]);
  }

  function expectUnavailableRoute(result: Awaited<ReturnType<typeof signInStart>>) {
    expect(result.status).toBe(503);
    expect(result.headers.get('retry-after')).toBe('5');
    expect(result.text).toBe(unavailable);
  }

  it('answers normally while the database is there', async () => {
    expect(await graphql()).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
    expect((await signInStart()).status).toBe(303);
  });

  it('refused: every request gets 503 with Retry-After at once, then works again when the database is back', async () => {
    await proxy.setMode('refuse');
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await graphql();
      expectUnavailableGraphQL(answer);
      expect(answer.ms).toBeLessThan(500);
      const route = await signInStart();
      expectUnavailableRoute(route);
      expect(route.ms).toBeLessThan(500);
    }
    await proxy.setMode('forward');
    expect(await graphql()).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
    expect((await signInStart()).status).toBe(303);
  });

  it('packets dropped: requests get 503 within the answer timeout instead of hanging, then work again', async () => {
    expect((await graphql()).status).toBe(200);
    await proxy.setMode('blackhole');
    const answers = await Promise.all([graphql(), graphql(), graphql(), signInStart(), signInStart()]);
    for (const answer of answers.slice(0, 3)) expectUnavailableGraphQL(answer as Awaited<ReturnType<typeof graphql>>);
    for (const answer of answers.slice(3)) expectUnavailableRoute(answer as Awaited<ReturnType<typeof signInStart>>);
    expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(2_500);

    // Connections opened while packets were dropped stay dead until the answer deadline gives up on them, so a request
    // in the first second after the database comes back may still get a 503; within a few seconds every one works.
    await proxy.setMode('forward');
    await expect.poll(async () => (await graphql()).status, { timeout: 5_000, interval: 250 }).toBe(200);
    expect(await graphql()).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
    expect((await signInStart()).status).toBe(303);
  });

  it('logs an outage as one warning with its code, never a statement or its parameters', () => {
    const outages = logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'database unavailable');
    expect(outages.length).toBeGreaterThan(0);
    for (const line of outages) {
      expect(line).toMatchObject({
        level: 40,
        code: expect.stringMatching(/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|CONNECT_TIMEOUT|CONNECTION_\w+)$/),
      });
      expect(JSON.stringify(line)).not.toMatch(/select|insert|not-a-real-session/i);
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLog, emailOutbox } from '@vhod/db';
import { accessRequestRejected, enqueueEmail } from '@vhod/email';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadApiConfig } from '../../src/config';
import { createLogger } from '../../src/logging/logger';
import { startMetricsServer, type RunningMetricsServer } from '../../src/metrics/api-metrics';
import { startApiServer, type RunningApiServer } from '../../src/server/create-api-server';
import { seededServices } from '../support/test-services';

let env: Awaited<ReturnType<typeof seededServices>>;
let server: RunningApiServer;
let metrics: RunningMetricsServer;
const quiet = createLogger({ write: () => {} });

beforeAll(async () => {
  env = await seededServices({ env: { VHOD_OUTBOX_STUCK_MINUTES: '10' } });
  // A built SPA whose index.html would answer any path it is asked for.
  const spa = mkdtempSync(join(tmpdir(), 'vhod-spa-'));
  writeFileSync(join(spa, 'index.html'), '<!doctype html><title>Вход</title>');
  server = await startApiServer({
    config: { ...env.config, email: null },
    db: env.db,
    clock: env.clock,
    port: 0,
    spaDirs: { family: spa, staff: spa },
    logger: quiet,
  });
  metrics = await startMetricsServer(server.services.metrics, '127.0.0.1', 0);
});
afterAll(async () => {
  await metrics?.close();
  await server?.close();
  await env?.database.close();
});
beforeEach(async () => {
  await env.db.delete(emailOutbox);
});

async function json(path: string): Promise<{ status: number; type: string | null; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
}

function waitingEmail(minutesAgo: number) {
  const now = env.clock.now();
  return enqueueEmail(
    env.db,
    {
      template: 'access-request-rejected',
      to: 'parent@example.test',
      ...accessRequestRejected({ number: '2026-000001', comment: 'Нет', portalOrigin: 'https://vhod.example.ru' }),
    },
    { now: new Date(now.getTime() - minutesAgo * 60_000) },
  );
}

describe('/healthz and /readyz (issue 14 item 11)', () => {
  it('answer JSON, never the SPA’s index.html', async () => {
    expect(await json('/healthz')).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: { status: 'ok' } });
    const ready = await json('/readyz');
    expect(ready).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    expect(ready.body).toEqual({
      status: 'ready',
      checks: [
        { name: 'database', ok: true, detail: 'answers' },
        { name: 'migrations', ok: true, detail: 'current' },
        { name: 'outbox', ok: true, detail: '0 waiting' },
      ],
    });
  });

  it('is not ready while the oldest waiting email is older than VHOD_OUTBOX_STUCK_MINUTES', async () => {
    await waitingEmail(9);
    expect((await json('/readyz')).status).toBe(200);
    await waitingEmail(11);
    const stuck = await json('/readyz');
    expect(stuck.status).toBe(503);
    expect(stuck.body.status).toBe('not-ready');
    expect(stuck.body.checks).toContainEqual({
      name: 'outbox',
      ok: false,
      detail: 'the oldest of 2 waiting emails was written 11 min ago (limit 10 min)',
    });
  });
});

describe('client addresses behind a reverse proxy (issue 14 item 4)', () => {
  /** The address the audit log records for a refused callback sent with a forged X-Forwarded-For. */
  async function recordedAddress(api: RunningApiServer): Promise<string | null> {
    const response = await fetch(`${api.url}/auth/esia/callback?state=x&code=y`, {
      redirect: 'manual',
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    await response.body?.cancel();
    const [entry] = await env.db.select().from(auditLog).where(eq(auditLog.action, 'sign-in.failed')).orderBy(desc(auditLog.id)).limit(1);
    return entry?.clientIp ?? null;
  }

  it('keeps the peer’s address when the peer is not a trusted proxy, whatever X-Forwarded-For says', async () => {
    expect(await recordedAddress(server)).toBe('127.0.0.1');
  });

  it('believes X-Forwarded-For from a trusted proxy', async () => {
    const config = loadApiConfig({ NODE_ENV: 'test', VHOD_SELF_LINK_CUTOFF: '2027-03-17', VHOD_TRUSTED_PROXIES: 'loopback' });
    const behindProxy = await startApiServer({ config: { ...config, email: null }, db: env.db, clock: env.clock, port: 0, logger: quiet });
    try {
      expect(await recordedAddress(behindProxy)).toBe('203.0.113.7');
    } finally {
      await behindProxy.close();
    }
  });
});

describe('/metrics (issue 14 item 12)', () => {
  it('serves request counts and latency by route, the outbox and process metrics in Prometheus format', async () => {
    await waitingEmail(1);
    await (await fetch(`${server.url}/healthz`)).text();
    const response = await fetch(metrics.url);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/^vhod_http_requests_total\{route="\/healthz",operation="",status="200"\} [1-9]/m);
    expect(text).toMatch(/^vhod_http_request_duration_seconds_bucket\{le="0\.005",route="\/healthz",operation="",status="200"\} \d+/m);
    expect(text).toMatch(/^vhod_outbox_emails\{state="pending"\} 1$/m);
    expect(text).toMatch(/^vhod_outbox_emails\{state="given_up"\} 0$/m);
    expect(text).toMatch(/^vhod_outbox_oldest_pending_age_seconds 60$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('are not on the public port', async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.headers.get('content-type')).not.toMatch(/^text\/plain; version/);
  });
});

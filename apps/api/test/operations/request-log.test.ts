import { auditLog } from '@vhod/db';
import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger';
import { startApiServer, type RunningApiServer } from '../../src/server/create-api-server';
import { esiaPerson } from '../support/esia-people';
import { staffCaller } from '../support/staff-graphql';
import { seededServices } from '../support/test-services';

// Issue 14 item 10: one JSON line per request, with the request id that the answer, the audit log and error logs share,
// and nothing that names the person behind it.
const lines: string[] = [];
let env: Awaited<ReturnType<typeof seededServices>>;
let server: RunningApiServer;

beforeAll(async () => {
  env = await seededServices();
  server = await startApiServer({
    config: { ...env.config, email: null },
    db: env.db,
    clock: env.clock,
    port: 0,
    logger: createLogger({ write: (line: string) => void lines.push(line) }, 'info'),
  });
});
afterAll(async () => {
  await server?.close();
  await env?.database.close();
});

const requestLines = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'request');

async function graphql(token: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql?search=112-233-445+95`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: env.config.publicOrigin, cookie: `vhod_session=${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

describe('request logs (issue 14 item 10)', () => {
  it('writes one line per request with its fields and none of the signed-in staff member’s name, SNILS or cookie', async () => {
    const orlova = await staffCaller(env.services, '1000006');
    const person = esiaPerson('1000006');
    lines.length = 0;
    const response = await graphql(
      orlova.token!,
      'query StaffQueue($search: String) { personCards(search: $search) { edges { node { id } } } }',
      {
        search: person.snils,
      },
    );
    expect(response.status).toBe(200);
    await response.text();
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => requestLines().length).toBe(1);

    expect(requestLines()[0]).toMatchObject({
      level: 30,
      requestId,
      method: 'POST',
      route: '/graphql',
      operation: 'StaffQueue',
      status: 200,
      durationMs: expect.any(Number),
      actor: 'staff',
    });
    const output = lines.join('\n');
    for (const secret of [
      person.lastName,
      person.firstName,
      person.snils!,
      person.snils!.replace(/\D/g, ''),
      orlova.token!,
      '112-233-445',
    ]) {
      expect(output).not.toContain(secret);
    }
  });

  it('names SPA pages by their app, never by their path, and anonymous visitors as such', async () => {
    lines.length = 0;
    const page = await fetch(`${server.url}/staff/requests/0f5b7c1e-1111-4222-8333-944445555666?name=Петрова`);
    await page.text();
    await expect.poll(() => requestLines().length).toBe(1);
    expect(requestLines()[0]).toMatchObject({ method: 'GET', route: '/staff/*', actor: 'anonymous' });
    expect(lines.join('\n')).not.toContain('0f5b7c1e');
  });

  it('carries the request id into the audit entries the request writes', async () => {
    const orlova = await staffCaller(env.services, '1000006');
    const response = await graphql(orlova.token!, 'mutation { saveReplyTemplate(title: "Готово", text: "Доступ выдан") { __typename } }');
    const body = (await response.json()) as { data?: unknown };
    expect(body.data).toBeTruthy();
    const [entry] = await env.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry?.details).toMatchObject({ requestId: response.headers.get('x-request-id') });
  });

  it('keeps a trusted proxy’s request id, and makes its own when the id comes from anyone else', async () => {
    const proxied = await startApiServer({
      config: { ...env.config, email: null, trustedProxies: { trusts: () => true, entries: ['127.0.0.1'] } },
      db: env.db,
      clock: env.clock,
      port: 0,
      logger: createLogger({ write: () => {} }),
    });
    try {
      const fromProxy = await fetch(`${proxied.url}/healthz`, { headers: { 'x-request-id': 'nginx-4f2a9c81d3' } });
      expect(fromProxy.headers.get('x-request-id')).toBe('nginx-4f2a9c81d3');
      const insane = await fetch(`${proxied.url}/healthz`, { headers: { 'x-request-id': 'a b\u00a0<script>' } });
      expect(insane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await proxied.close();
    }
    const direct = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'nginx-4f2a9c81d3' } });
    expect(direct.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLog, openPostgres, seedDemoData } from '@vhod/db';
import type { RunningEsiaSim } from '@vhod/esia-sim';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esiaSettings, oidcProviderSettings, productionEnv, startApi, type ApiProcess } from '../src/api-process';
import { createScratchDatabase, type ScratchDatabase } from '../src/database';
import { startDevelopmentEsia } from '../src/development-esia';
import { consentIfAsked, signInThroughEsia } from '../src/esia-sign-in';
import { freePort } from '../src/free-port';
import { renderSite, startNginx, tlsProxyServer, waitForPort, type RunningNginx } from '../src/nginx';
import { runPnpm } from '../src/repository';
import { selfSignedCertificate } from '../src/tls';

// Issue 14, "Must show" (a): the project built, `pnpm db:migrate` and `pnpm start` in production mode behind nginx
// (docs/deploy/nginx-vhod.conf), on a fresh PostgreSQL database, signing in through the development ESIA, and a SIGTERM
// in the middle of a burst of requests.
const serverUrl = process.env.DATABASE_URL;

let dir: string;
let database: ScratchDatabase;
let databaseUrl: string;
let esia: RunningEsiaSim;
let nginx: RunningNginx;
let api: ApiProcess;
let ports: { api: number; nginx: number; esiaTls: number; metrics: number };
let publicOrigin: string;

/** A GET from a chosen loopback address, so the API can tell the test's own connections from nginx's. */
function getFrom(
  localAddress: string,
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request(url, { localAddress, headers }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe.skipIf(!serverUrl)('Vhod in production behind nginx (issue 14, must show a)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vhod-production-'));
    const build = runPnpm(['build']);
    expect(build.status, build.stderr + build.stdout).toBe(0);

    // A fresh database, brought up to date the way docs/operations.md tells an operator to.
    database = await createScratchDatabase(serverUrl!, 'vhod_production');
    databaseUrl = database.url;
    // Before `pnpm db:migrate` the API refuses the database, naming the command.
    const refused = runPnpm(['--silent', 'start'], {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      VHOD_PUBLIC_ORIGIN: 'https://vhod.example.ru',
      SMTP_URL: 'smtps://smtp.example.ru',
      ...esiaSettings({
        baseUrl: 'https://esia-portal1.test.gosuslugi.ru',
        issuer: 'http://esia-portal1.test.gosuslugi.ru/',
        clientId: 'VHOD01',
      }),
      ...oidcProviderSettings(),
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^The database is behind this version of Vhod: .*Run `pnpm db:migrate` with the same DATABASE_URL/m);
    const migrate = runPnpm(['--silent', 'db:migrate'], { DATABASE_URL: databaseUrl });
    expect(migrate.status, migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(/^Applied 0000_init$/m);
    // The region's people, as an import would bring them (the demo's, so the development ESIA knows them).
    const seeding = openPostgres(databaseUrl);
    await seedDemoData(seeding.db);
    await seeding.close();

    ports = { api: await freePort(), nginx: await freePort(), esiaTls: await freePort(), metrics: await freePort() };
    publicOrigin = `https://127.0.0.1:${ports.nginx}`;
    esia = await startDevelopmentEsia(publicOrigin);

    // Production speaks to ESIA over https only: nginx puts TLS in front of the development ESIA with a certificate
    // the API is told to trust (NODE_EXTRA_CA_CERTS, as for a region's own CA).
    const certificate = selfSignedCertificate(dir, 'esia-tls');
    nginx = await startNginx({
      dir,
      port: ports.nginx,
      site: renderSite({ apiPorts: [ports.api], port: ports.nginx, dir }),
      servers: tlsProxyServer({ port: ports.esiaTls, target: esia.port, certificate }),
    });

    api = await startApi(
      productionEnv({
        databaseUrl,
        publicOrigin,
        port: ports.api,
        // Nothing is sent in these tests; production only insists on a relay that speaks TLS.
        smtpUrl: `smtp://127.0.0.1:${await freePort()}`,
        esia: { baseUrl: `https://127.0.0.1:${ports.esiaTls}`, issuer: esia.tokenIssuer },
        extraCaCertificates: certificate.certificate,
        more: { VHOD_METRICS: 'true', VHOD_METRICS_PORT: String(ports.metrics) },
      }),
    );
    await waitForPort(ports.api, () => undefined);
  });

  afterAll(async () => {
    if (api && api.pnpm.exitCode === null) {
      process.kill(api.pid, 'SIGKILL');
      await api.exited;
    }
    await nginx?.close();
    await esia?.close();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves both SPAs and the probes through nginx, with HSTS', async () => {
    const family = await fetch(`${nginx.url}/`);
    expect(family.status).toBe(200);
    expect(family.headers.get('content-type')).toMatch(/^text\/html/);
    expect(family.headers.get('strict-transport-security')).toMatch(/max-age=/);
    await family.text();
    const staff = await fetch(`${nginx.url}/staff/requests`);
    expect(staff.status).toBe(200);
    expect(await staff.text()).toMatch(/<div id="root">/);
    const ready = await fetch(`${nginx.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('signs a staff member in through the development ESIA, with a Secure session cookie', async () => {
    const signIn = await signInThroughEsia({ apiUrl: nginx.url, esiaIssuer: esia.issuer, subject: '1000006', role: 'staff', app: 'staff' });
    expect(signIn.start.status).toBe(303);
    expect(signIn.start.flowCookie).toMatch(/; Secure/i);
    // The API sends the browser to ESIA's address (the TLS front); the test's browser talks to the ESIA itself.
    expect(signIn.start.location.origin).toBe(`https://127.0.0.1:${ports.esiaTls}`);
    expect(signIn.callback.origin).toBe(publicOrigin);
    expect(signIn.landed.status).toBe(303);
    expect(signIn.landed.location).toBe('/staff/');
    expect(signIn.landed.sessionCookie).toMatch(/; Secure/i);
    expect(await consentIfAsked(nginx.url, { origin: publicOrigin, cookie: signIn.cookie })).toBe('ACTIVE');

    const metrics = await (await fetch(`http://127.0.0.1:${ports.metrics}/metrics`)).text();
    expect(metrics).toMatch(/^vhod_sign_ins_total\{outcome="found"\} 1$/m);
    expect(metrics).toMatch(/^vhod_http_requests_total\{route="\/auth\/esia\/callback",operation="",status="303"\} 1$/m);
  });

  it('believes X-Forwarded-For from nginx only, and keeps nginx’s request id', async () => {
    const recordedAddress = async () => {
      const database = openPostgres(databaseUrl);
      try {
        const [entry] = await database.db
          .select({ clientIp: auditLog.clientIp })
          .from(auditLog)
          .where(eq(auditLog.action, 'sign-in.failed'))
          .orderBy(desc(auditLog.id))
          .limit(1);
        return entry?.clientIp;
      } finally {
        await database.close();
      }
    };
    const forged = { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' };

    // Straight to the API from another loopback address: the forged header is not believed.
    await getFrom('127.0.0.3', `http://127.0.0.1:${ports.api}/auth/esia/callback?state=x&code=y`, forged);
    expect(await recordedAddress()).toBe('127.0.0.3');

    // Through nginx: nginx appends the address it saw; the forged value in front of it is not believed either.
    const throughNginx = await getFrom('127.0.0.4', `${nginx.url}/auth/esia/callback?state=x&code=y`, forged);
    expect(await recordedAddress()).toBe('127.0.0.4');
    expect(throughNginx.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('shuts down on SIGTERM during a burst of requests: every request answered, exit code 0', async () => {
    const answers: Array<number | string> = [];
    let stopSent = false;
    const burst = async () => {
      // Bounded: each loop stops after 60 requests, or once the API has stopped and nginx answers for it.
      for (let n = 0; n < 60; n++) {
        try {
          const response = await fetch(`${nginx.url}/graphql?query=${encodeURIComponent('{ deployment { regionName } }')}`, {
            headers: { accept: 'application/json' },
          });
          await response.arrayBuffer();
          answers.push(response.status);
          if (response.status !== 200) return;
        } catch (error) {
          answers.push(`no answer: ${(error as Error).cause ?? error}`);
          return;
        }
        if (!stopSent && answers.length >= 100) {
          stopSent = true;
          process.kill(api.pid, 'SIGTERM');
        }
      }
    };
    await Promise.all(Array.from({ length: 12 }, burst));

    expect(stopSent).toBe(true);
    expect(await api.exited).toBe(0);
    expect(answers.filter((answer) => typeof answer === 'string')).toEqual([]);
    // 200 from the API, or nginx's 502 for a request that came after it stopped accepting.
    expect(answers.filter((status) => status !== 200 && status !== 502)).toEqual([]);
    expect(answers.filter((status) => status === 200).length).toBeGreaterThanOrEqual(100);
    const messages = api.lines.map((line) => String(line.msg));
    const stopping = messages.findIndex((message) => message.startsWith('stopping'));
    expect(stopping).toBeGreaterThan(0);
    expect(messages.slice(stopping)).toContain('stopped');
  });
});

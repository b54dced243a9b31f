import { count } from 'drizzle-orm';
import { loginFlows } from '@vhod/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededApiServer, type SeededApiServer } from '../support/test-services';

// Finding 10b: every anonymous GET /auth/esia/login stored a login flow with no limit (53,357
// rows in 40 s under a simple loop, each kept 20 minutes).
let api: SeededApiServer;

beforeEach(async () => {
  api = await seededApiServer();
});
afterEach(() => api?.close());

const startSignIn = () => fetch(`${api.server.url}/auth/esia/login?role=parent&app=family`, { redirect: 'manual' });
const storedFlows = async () => (await api.db.select({ n: count() }).from(loginFlows))[0]!.n;

async function startMany(times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await startSignIn()).status);
  return statuses;
}

describe('login flows per client address (finding 10b)', () => {
  it('lets one address start 30 sign-ins a minute, then answers 429 with when to come back', async () => {
    expect(await startMany(30)).toEqual(Array(30).fill(303));
    const refused = await startSignIn();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(await refused.text()).toMatch(/слишком много входов через Госуслуги.*Подождите 1 мин/);
    expect(await storedFlows()).toBe(30);
  });

  it('holds at most 50 open flows for one address, however slowly they are started, until they expire', async () => {
    for (let minute = 0; minute < 3; minute++) {
      await startMany(20);
      api.clock.advance(61_000);
    }
    expect(await storedFlows()).toBe(50);
    expect((await startSignIn()).status).toBe(429);
    api.clock.advance(10 * 60_000);
    expect((await startSignIn()).status).toBe(303);
  });

  it('counts parallel starts one after another, so a burst stores no more than the limit', async () => {
    const statuses = await Promise.all(Array.from({ length: 80 }, () => startSignIn().then((response) => response.status)));
    expect(statuses.filter((status) => status === 303)).toHaveLength(30);
    expect(statuses.filter((status) => status === 429)).toHaveLength(50);
    expect(await storedFlows()).toBe(30);
  });

  it('does not hold one address against another', async () => {
    await startMany(31);
    const other = await api.services.loginFlows.start('parent', 'family', '10.20.30.40');
    expect('token' in other).toBe(true);
  });
});

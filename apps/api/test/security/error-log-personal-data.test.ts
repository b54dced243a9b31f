import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logging/logger';
import { staffCaller } from '../support/staff-graphql';
import { seededServices } from '../support/test-services';

// Finding 5: Yoga logged the original error behind every masked one, and drizzle's "Failed query"
// carries the statement's parameters: a card search by SNILS that failed in the database wrote
// the SNILS to stdout.
const logLines: string[] = [];
let env: Awaited<ReturnType<typeof seededServices>>;

beforeAll(async () => {
  env = await seededServices({ logger: createLogger({ write: (line: string) => void logLines.push(line) }) });
});
afterAll(() => env?.database.close());

/** What the API logs, and anything else that reaches the console, while `run` runs. */
async function outputOf(run: () => Promise<void>): Promise<string> {
  const consoleLines: string[] = [];
  const keep = (...parts: unknown[]) =>
    void consoleLines.push(parts.map((part) => (part instanceof Error ? `${part.stack}` : String(part))).join(' '));
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(keep));
  logLines.length = 0;
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return [...logLines, ...consoleLines].join('\n');
}

describe('unexpected errors in logs (finding 5)', () => {
  it('logs a failed database query by its class, SQLSTATE and a correlation id, never with the searched SNILS', async () => {
    const orlova = await staffCaller(env.services, '1000006');
    let response: Awaited<ReturnType<typeof orlova.execute>> | undefined;
    const output = await outputOf(async () => {
      // A table that is not there makes the card search fail inside the database, with the SNILS among its parameters.
      await env.db.execute(sql`alter table persons rename to persons_away`);
      try {
        response = await orlova.execute('query ($search: String) { personCards(search: $search) { edges { node { id } } } }', {
          search: '112-233-445 95',
        });
      } finally {
        await env.db.execute(sql`alter table persons_away rename to persons`);
      }
    });

    const [error] = response?.errors ?? [];
    expect(error?.message).toBe('Unexpected error.');
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const correlationId = String(error?.extensions?.correlationId);
    expect(correlationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const logged = output.split('\n').filter((line) => line.includes(correlationId));
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ level: 50, msg: 'unexpected error', code: '42P01' });
    for (const leak of ['112-233-445 95', '11223344595', 'Failed query', 'persons_away', 'params']) {
      expect(output).not.toContain(leak);
    }
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type PostgresHandle } from '../src/postgres/open-postgres';
import { findSignInRows } from '../src/queries/find-sign-in-rows';
import { findMatchCandidates } from '../src/queries/find-match-candidates';
import { createServerTestDatabase, testDatabaseKind } from '../src/testing/index';
import { queryRows } from './helpers';

/** The named statements of the one connection of `handle` (pg_prepared_statements shows the session's own). */
async function namedStatements(handle: PostgresHandle): Promise<string[]> {
  const rows = await queryRows<{ statement: string }>(handle.db, sql`select statement from pg_prepared_statements`);
  return rows.map((row) => row.statement);
}

async function runHotQueries(handle: PostgresHandle): Promise<void> {
  await findSignInRows(handle.db, 'nobody', ['parent'], { nameKey: 'петров|пётр|петрович', documentKeys: [], snils: '12345678901' });
  await findMatchCandidates(handle.db, {
    nameKey: 'петров|пётр|петрович',
    documentKeys: ['RF_PASSPORT:4510123456'],
    snils: null,
    roles: ['parent'],
  });
}

describe.skipIf(testDatabaseKind() !== 'postgres')('prepared statements on the hot paths', () => {
  let server: PostgresHandle;
  const pools: PostgresHandle[] = [];
  const pool = (url: string) => {
    const handle = openPostgres(url, 1);
    pools.push(handle);
    return handle;
  };
  beforeAll(async () => {
    server = await createServerTestDatabase();
  });
  afterAll(async () => {
    for (const handle of pools) await handle.close();
    await server?.close();
  });

  it('go to the server as named statements, parsed once per connection', async () => {
    const handle = pool(server.url);
    await runHotQueries(handle);
    await runHotQueries(handle);
    const statements = await namedStatements(handle);
    expect(statements.filter((text) => text.includes('union all'))).toHaveLength(1);
    expect(statements.filter((text) => text.includes('"name_key"'))).toHaveLength(2);
  });

  it('go unnamed with ?prepare=false in the URL, as behind a transaction-mode pooler, with the same answers', async () => {
    const url = new URL(server.url);
    url.searchParams.set('prepare', 'false');
    const handle = pool(url.toString());
    await runHotQueries(handle);
    expect(await namedStatements(handle)).toEqual([]);
    expect(await findSignInRows(handle.db, 'nobody', ['parent'], null)).toEqual({ linked: null, matched: [] });
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGLITE_TEMPLATE_ENV, migratedPgliteDump, testDatabaseKind } from './index';

/**
 * Vitest globalSetup (`test.globalSetup: ['@vhod/db/testing/global-setup']` or a relative path):
 * migrates one PGlite database for the whole run and hands its data directory to the test
 * workers through a file, so each test file starts from it (~1 s) instead of running initdb and
 * the migrations again (~5–9 s). Nothing to do for a PostgreSQL run.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (testDatabaseKind() === 'postgres' || process.env[PGLITE_TEMPLATE_ENV]) return async () => {};
  const dir = await mkdtemp(join(tmpdir(), 'vhod-db-template-'));
  const file = join(dir, 'pgdata.tar');
  await writeFile(file, new Uint8Array(await (await migratedPgliteDump()).arrayBuffer()));
  process.env[PGLITE_TEMPLATE_ENV] = file;
  return async () => {
    delete process.env[PGLITE_TEMPLATE_ENV];
    await rm(dir, { recursive: true, force: true });
  };
}

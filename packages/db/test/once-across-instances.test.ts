import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/client';
import { openPostgres, type PostgresHandle } from '../src/postgres/open-postgres';
import { onceAcrossInstances } from '../src/queries/once-across-instances';
import { createServerTestDatabase, createTestDatabase, testDatabaseKind } from '../src/testing/index';

describe('onceAcrossInstances', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('runs the work and hands its result on', async () => {
    expect(await onceAcrossInstances(handle.db, 'vhod.test-job', async () => 42)).toBe(42);
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('onceAcrossInstances on one server, two instances', () => {
  let server: PostgresHandle;
  let other: PostgresHandle;
  beforeAll(async () => {
    server = await createServerTestDatabase({ migrate: false });
    other = openPostgres(server.url, 2);
  });
  afterAll(async () => {
    await other?.close();
    await server?.close();
  });

  it('skips the job on the second instance while the first runs it, and runs it again once the first is done', async () => {
    let finish: () => void = () => {};
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const first = onceAcrossInstances(server.db, 'vhod.test-job', async () => {
      started();
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      return 'first';
    });
    await running;
    expect(await onceAcrossInstances(other.db, 'vhod.test-job', async () => 'second')).toBeNull();
    expect(await onceAcrossInstances(other.db, 'vhod.another-job', async () => 'another')).toBe('another');
    finish();
    expect(await first).toBe('first');
    expect(await onceAcrossInstances(other.db, 'vhod.test-job', async () => 'second')).toBe('second');
  });
});

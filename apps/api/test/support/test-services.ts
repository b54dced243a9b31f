import type { DatabaseHandle } from '@vhod/db';
import { seededTestDatabase } from '@vhod/db/testing';
import { loadApiConfig } from '../../src/config';
import { createApiServices, startApiServer, type RunningApiServer } from '../../src/server/create-api-server';
import type { Logger } from '../../src/logging/logger';
import { testClock } from './test-clock';

interface SeededOptions {
  env?: Record<string, string>;
  now?: string;
  logger?: Logger;
}

/**
 * The API's services over a fresh seeded database; no HTTP, no ESIA. The clock starts on
 * 2026-11-23 and the self-link cutoff is 2027-03-17 unless a test says otherwise.
 */
export async function seededServices(options: SeededOptions = {}) {
  const database: DatabaseHandle = await seededTestDatabase();
  const config = loadApiConfig({ NODE_ENV: 'test', VHOD_SELF_LINK_CUTOFF: '2027-03-17', ...options.env });
  const clock = testClock(options.now ?? '2026-11-23T09:00:00Z');
  return {
    database,
    db: database.db,
    config,
    clock,
    services: createApiServices({ config, db: database.db, clock, logger: options.logger }),
  };
}

export type SeededApiServer = Awaited<ReturnType<typeof seededServices>> & { server: RunningApiServer; close(): Promise<void> };

/** The same services behind the real HTTP server on a free port, without email; close() ends both. */
export async function seededApiServer(options: SeededOptions = {}): Promise<SeededApiServer> {
  const env = await seededServices(options);
  const server = await startApiServer({ config: { ...env.config, email: null }, db: env.db, clock: env.clock, port: 0 });
  return {
    ...env,
    server,
    async close() {
      await server.close();
      await env.database.close();
    },
  };
}

export const meta = { clientIp: '127.0.0.1', userAgent: 'vitest' };

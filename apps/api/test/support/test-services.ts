import type { DatabaseHandle } from '@vhod/db';
import { seededTestDatabase } from '@vhod/db/testing';
import { loadApiConfig } from '../../src/config';
import { createApiServices } from '../../src/server/create-api-server';
import { testClock } from './test-clock';

/**
 * The API's services over a fresh seeded database; no HTTP, no ESIA. The clock starts on
 * 2026-11-23 and the self-link cutoff is 2027-03-17 unless a test says otherwise.
 */
export async function seededServices(options: { env?: Record<string, string>; now?: string } = {}) {
  const database: DatabaseHandle = await seededTestDatabase();
  const config = loadApiConfig({ NODE_ENV: 'test', VHOD_SELF_LINK_CUTOFF: '2027-03-17', ...options.env });
  const clock = testClock(options.now ?? '2026-11-23T09:00:00Z');
  return { database, db: database.db, config, clock, services: createApiServices({ config, db: database.db, clock }) };
}

export const meta = { clientIp: '127.0.0.1', userAgent: 'vitest' };

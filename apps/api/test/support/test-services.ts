import type { DatabaseHandle } from '@vhod/db';
import { seededTestDatabase } from '@vhod/db/testing';
import { loadApiConfig } from '../../src/config';
import { createApiServices } from '../../src/server/create-api-server';

/** The API's services over a fresh seeded database; no HTTP, no ESIA. */
export async function seededServices() {
  const database: DatabaseHandle = await seededTestDatabase();
  const config = loadApiConfig({ NODE_ENV: 'test' });
  return { database, db: database.db, config, services: createApiServices({ config, db: database.db }) };
}

export const meta = { clientIp: '127.0.0.1', userAgent: 'vitest' };

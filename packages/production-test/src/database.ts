import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new empty database on the DATABASE_URL server, as `createdb` makes one for an operator; drop() removes it. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const dropping = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await dropping.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropping.end();
      }
    },
  };
}

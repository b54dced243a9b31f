import { fileURLToPath } from 'node:url';
import { loadApiConfig, startApiServer } from '@vhod/api';
import { isDatabaseEmpty, migrateDatabase, openDatabase, seedDemoData, type DatabaseHandle } from '@vhod/db';
import { startEsiaSim } from '@vhod/esia-sim';
import { freePort } from './free-port';

export interface StackOptions {
  /** 0 or absent: any free port. */
  apiPort?: number;
  esiaPort?: number;
  /** PGlite data directory; absent: in memory. Ignored when databaseUrl is given. */
  dataDir?: string;
  /** A PostgreSQL server; absent: PGlite. */
  databaseUrl?: string;
  /** An already open database (tests bring their own). */
  database?: DatabaseHandle;
  /** Load the demo people when the database is empty. */
  seed?: boolean;
  /** Serve the built SPAs (apps/family/dist, apps/staff/dist). */
  serveSpas?: boolean;
  env?: Record<string, string | undefined>;
}

export interface RunningStack {
  apiUrl: string;
  esiaUrl: string;
  database: DatabaseHandle;
  close(): Promise<void>;
}

const clientId = 'vhod';
const clientSecret = 'vhod-dev-secret';

/** The whole system on one machine: database, development ESIA, and the API serving both SPAs. */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir }));
  try {
    await migrateDatabase(database);
    if (options.seed && (await isDatabaseEmpty(database.db))) await seedDemoData(database.db);

    const apiPort = options.apiPort || (await freePort());
    const apiOrigin = `http://127.0.0.1:${apiPort}`;
    const esia = await startEsiaSim({
      development: true,
      port: options.esiaPort ?? 0,
      clients: [
        {
          clientId,
          clientSecret,
          redirectUris: [`${apiOrigin}/auth/esia/callback`],
          postLogoutRedirectUris: [`${apiOrigin}/`, `${apiOrigin}/staff/`],
        },
      ],
    });
    const config = loadApiConfig(
      { ...(options.env ?? process.env), ESIA_CLIENT_ID: clientId, ESIA_CLIENT_SECRET: clientSecret, NODE_ENV: 'development' },
      { publicOrigin: apiOrigin, esiaIssuer: esia.issuer },
    );
    const api = await startApiServer({
      config,
      db: database.db,
      port: apiPort,
      spaDirs: options.serveSpas
        ? {
            family: fileURLToPath(new URL('../../../apps/family/dist', import.meta.url)),
            staff: fileURLToPath(new URL('../../../apps/staff/dist', import.meta.url)),
          }
        : undefined,
    });
    return {
      apiUrl: api.url,
      esiaUrl: esia.issuer,
      database,
      async close() {
        await api.close();
        await esia.close();
        if (ownsDatabase) await database.close();
      },
    };
  } catch (error) {
    if (ownsDatabase) await database.close();
    throw error;
  }
}

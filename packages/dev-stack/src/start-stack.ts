import { fileURLToPath } from 'node:url';
import { clockReading, loadApiConfig, startApiServer } from '@vhod/api';
import { demoDiary, isDatabaseEmpty, migrateDatabase, openDatabase, registerDemoDiary, seedDemoData, type DatabaseHandle } from '@vhod/db';
import { startDiaryDemo } from '@vhod/diary-demo';
import { startEsiaSim } from '@vhod/esia-sim';
import { developmentClientCredentials } from '@vhod/gost';
import { startSmtpSink, type RunningSmtpSink } from '@vhod/smtp-sink';
import { reservePort, type PortReservation } from './free-port';

export interface StackOptions {
  /** 0 or absent: any free port. */
  apiPort?: number;
  esiaPort?: number;
  /** The development SMTP sink's ports (0 or absent: any free port). */
  smtpPort?: number;
  mailboxPort?: number;
  /** «Электронный дневник (демо)», the system that signs in through Vhod (0 or absent: any free port). */
  diaryPort?: number;
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
  /** The time the API and the development ESIA both see (tests fix the calendar day). Default: the system clock. */
  now?: () => Date;
  /**
   * How the API talks to the development ESIA: ESIA's own protocol (GOST-signed with the development key, the
   * production path, the default) or OpenID Connect (the broker mode, kept for its own smaller test set).
   */
  identityProtocol?: 'esia' | 'oidc';
}

export interface RunningStack {
  apiUrl: string;
  esiaUrl: string;
  /** The development SMTP sink: every email the system sends lands here. */
  mail: RunningSmtpSink;
  /** «Электронный дневник (демо)», registered in the database as a trusted system signing in through Vhod. */
  diaryUrl: string;
  database: DatabaseHandle;
  /** Recounts the readiness numbers now (the API does it every few minutes). */
  recountReadiness(): Promise<void>;
  close(): Promise<void>;
}

const clientId = 'vhod';
const clientSecret = 'vhod-dev-secret';

/** The API's settings for reaching the development ESIA at `esiaUrl` over `protocol`. */
function identityProviderEnv(protocol: 'esia' | 'oidc', esiaUrl: string): Record<string, string> {
  return protocol === 'esia'
    ? // The pure-JS development signer with the committed key: the demo needs nothing but Node.
      { ESIA_PROTOCOL: 'esia', ESIA_BASE_URL: esiaUrl, ESIA_CLIENT_ID: clientId, ESIA_SIGNER: 'development' }
    : { ESIA_PROTOCOL: 'oidc', ESIA_ISSUER: esiaUrl, ESIA_CLIENT_ID: clientId, ESIA_CLIENT_SECRET: clientSecret };
}

/**
 * The whole system on one machine: database, development ESIA, the API serving both SPAs, and the
 * demo diary signing in through the API's OpenID Provider.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const database = options.database ?? (await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir }));
  // Stopped in reverse order of starting, also when a later part fails to start.
  const stops: Array<() => Promise<void>> = options.database ? [] : [() => database.close()];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  try {
    await migrateDatabase(database);
    if (options.seed && (await isDatabaseEmpty(database.db))) await seedDemoData(database.db);

    const reservation: PortReservation = options.apiPort ? { port: options.apiPort, release: async () => {} } : await reservePort();
    stops.push(() => reservation.release());
    const apiPort = reservation.port;
    const apiOrigin = `http://127.0.0.1:${apiPort}`;
    const esia = await startEsiaSim({
      development: true,
      port: options.esiaPort ?? 0,
      now: options.now,
      clients: [
        {
          clientId,
          clientSecret,
          // Registered for ESIA's own protocol too, with the demo client's development certificate.
          certificatePem: developmentClientCredentials().certificatePem,
          redirectUris: [`${apiOrigin}/auth/esia/callback`],
          postLogoutRedirectUris: [`${apiOrigin}/`, `${apiOrigin}/staff/`],
        },
      ],
    });
    stops.push(() => esia.close());
    const mail = await startSmtpSink({ smtpPort: options.smtpPort ?? 0, httpPort: options.mailboxPort ?? 0 });
    stops.push(() => mail.close());
    const config = loadApiConfig(
      {
        ...(options.env ?? process.env),
        ...identityProviderEnv(options.identityProtocol ?? 'esia', esia.issuer),
        // The sink speaks plain SMTP; development alone lets smtp:// go without STARTTLS.
        SMTP_URL: `smtp://127.0.0.1:${mail.smtpPort}`,
        NODE_ENV: 'development',
      },
      { publicOrigin: apiOrigin },
    );
    await reservation.release();
    const api = await startApiServer({
      config,
      db: database.db,
      clock: options.now ? clockReading(options.now, config.timeZone) : undefined,
      port: apiPort,
      spaDirs: options.serveSpas
        ? {
            family: fileURLToPath(new URL('../../../apps/family/dist', import.meta.url)),
            staff: fileURLToPath(new URL('../../../apps/staff/dist', import.meta.url)),
          }
        : undefined,
    });
    stops.push(() => api.close());
    const diary = await startDiaryDemo({
      issuer: config.oidcProvider.issuer,
      clientId: demoDiary.clientId,
      clientSecret: demoDiary.secret,
      port: options.diaryPort ?? 0,
    });
    stops.push(() => diary.close());
    await registerDemoDiary(database.db, diary.url);
    return {
      apiUrl: api.url,
      esiaUrl: esia.issuer,
      mail,
      diaryUrl: diary.url,
      database,
      recountReadiness: () => api.recountReadiness(),
      close: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

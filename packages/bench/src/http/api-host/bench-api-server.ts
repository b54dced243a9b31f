import { createHttpServer, createLogger, createRequestListener, loadApiConfig } from '@vhod/api';
import type { Database } from '@vhod/db';
import { benchEsiaClient } from './bench-esia-client';
import { timeOutboundCallsTo, withServerTiming } from './esia-wait-timing';

export interface BenchApiServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The API exactly as production builds it (createHttpServer and createRequestListener: GraphQL,
 * /auth/esia/*, sessions), minus the SPAs and the email worker. With `timeEsiaWaits`, responses
 * carry Server-Timing (esia-wait-timing.ts), which costs the API the AsyncLocalStorage's promise
 * hooks: only the sign-in scenario, which splits its time, asks for it.
 */
export async function startBenchApiServer({
  db,
  port,
  esiaIssuer,
  timeEsiaWaits,
}: {
  db: Database;
  port: number;
  esiaIssuer: string;
  timeEsiaWaits: boolean;
}): Promise<BenchApiServer> {
  const publicOrigin = `http://127.0.0.1:${port}`;
  // A fixed environment rather than process.env: every run measures the same configuration. The
  // load comes from one address standing for a region's families, so the per-address sign-in
  // limits are lifted.
  const config = loadApiConfig(
    {
      // ESIA's own protocol with the development signer: the GOST signing and token checks production pays are measured too.
      ESIA_PROTOCOL: 'esia',
      ESIA_BASE_URL: esiaIssuer,
      ESIA_CLIENT_ID: benchEsiaClient.clientId,
      ESIA_SIGNER: 'development',
      NODE_ENV: 'development',
      VHOD_LOGIN_FLOWS_PER_ADDRESS: '1000000',
      VHOD_LOGIN_FLOWS_PER_MINUTE: '1000000',
    },
    { publicOrigin },
  );
  const restoreFetch = timeEsiaWaits ? timeOutboundCallsTo(new URL(esiaIssuer).origin) : () => {};
  // Each request's log line is written (its cost is measured) and dropped: thousands a second would drown the report.
  const logger = createLogger({ write: () => {} });
  const listener = createRequestListener({ config, db, logger });
  const server = createHttpServer(timeEsiaWaits ? withServerTiming(listener) : listener);
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', done);
    });
  } catch (error) {
    restoreFetch();
    throw error;
  }
  return {
    url: publicOrigin,
    async close() {
      await new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // Keep-alive connections of the load generator would hold close() open.
        server.closeAllConnections();
      });
      restoreFetch();
    },
  };
}

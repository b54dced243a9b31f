import { reservePort } from '@vhod/dev-stack';
import type { Database } from '@vhod/db';
import { startEsiaSim } from '@vhod/esia-sim';
import type { ApiHost, HostOptions } from './api-host';
import { startBenchApiServer } from './bench-api-server';
import { esiaSimClientsFor } from './bench-esia-client';
import { observeStatements } from './observe-statements';
import { processCpuTimeMs } from './process-cpu';

/** Both servers in this process, on the caller's database (the only way for an in-memory PGlite). */
export async function startInProcessHost(db: Database, { timeEsiaWaits }: HostOptions): Promise<ApiHost> {
  let statements = 0;
  const observedDb = observeStatements(db, () => {
    statements += 1;
  });
  const { port: apiPort, release } = await reservePort();
  const esia = await startEsiaSim({ development: true, port: 0, clients: esiaSimClientsFor(`http://127.0.0.1:${apiPort}`) }).finally(
    release,
  );
  const running = await startBenchApiServer({ db: observedDb, port: apiPort, esiaIssuer: esia.issuer, timeEsiaWaits }).catch(
    async (error: unknown) => {
      await esia.close();
      throw error;
    },
  );
  return {
    isolation: 'one-process',
    apiUrl: running.url,
    esiaIssuer: esia.issuer,
    cpuTimeMs: async () => ({ api: processCpuTimeMs(), esia: null }),
    resetStatementCount: async () => {
      statements = 0;
    },
    statementCount: async () => statements,
    startProfile: async () => {},
    stopProfile: async () => null,
    async close() {
      await running.close();
      await esia.close();
    },
  };
}

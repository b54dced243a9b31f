/**
 * Entry of the API's own process (see separate-processes-host.ts): the API on the bench's
 * PostgreSQL database, counting the statements it sends.
 */
import { openPostgres } from '@vhod/db';
import { processCpuTimeMs } from './process-cpu';
import { startBenchApiServer } from './bench-api-server';
import { reportStartFailure, serveParent } from './child-rpc';
import { windowProfiler } from './window-profiler';

async function main() {
  const databaseUrl = requiredEnv('BENCH_DATABASE_URL');
  let statements = 0;
  const database = openPostgres(databaseUrl, 10, {
    onQuery: () => {
      statements += 1;
    },
  });
  const api = await startBenchApiServer({
    db: database.db,
    port: Number(requiredEnv('BENCH_API_PORT')),
    esiaIssuer: requiredEnv('BENCH_ESIA_ISSUER'),
    timeEsiaWaits: process.env.BENCH_TIME_ESIA_WAITS === '1',
  });
  const profiler = windowProfiler();
  serveParent(api.url, {
    cpuTimeMs: processCpuTimeMs,
    startProfile: () => profiler.start(),
    stopProfile: (label) => profiler.stop(label),
    resetStatementCount: () => {
      statements = 0;
    },
    statementCount: () => statements,
    close: async () => {
      await api.close();
      await database.close();
    },
  });
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

main().catch(reportStartFailure);

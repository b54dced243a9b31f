import { reservePort } from '@vhod/dev-stack';
import { fileURLToPath } from 'node:url';
import type { ProfileBreakdown } from '../../measure/cpu-profile';
import type { ApiHost, HostOptions } from './api-host';
import { benchApiApplicationName } from '../first-school-day/busy-connections';
import { startServerProcess } from './child-rpc';

const entry = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The API and the development ESIA in processes of their own: in one process their CPU time
 * cannot be told apart (nor from the load generator's), and the issue asks for the API's.
 */
export async function startSeparateProcessesHost(databaseUrl: string, { timeEsiaWaits }: HostOptions): Promise<ApiHost> {
  const { port: apiPort, release } = await reservePort();
  const apiOrigin = `http://127.0.0.1:${apiPort}`;
  const esia = await startServerProcess(entry('./esia-process.ts'), { BENCH_API_ORIGIN: apiOrigin }).finally(release);
  const apiProcess = await startServerProcess(entry('./api-process.ts'), {
    BENCH_DATABASE_URL: databaseUrl,
    BENCH_API_PORT: String(apiPort),
    BENCH_ESIA_ISSUER: esia.url,
    BENCH_TIME_ESIA_WAITS: timeEsiaWaits ? '1' : '0',
    // postgres.js names its connections by this: the first-school-day scenario counts the API's busy ones.
    PGAPPNAME: benchApiApplicationName,
  }).catch(async (error: unknown) => {
    await esia.stop();
    throw error;
  });
  const numberFrom = async (answer: Promise<unknown>) => {
    const value = await answer;
    return typeof value === 'number' ? value : Number.NaN;
  };
  return {
    isolation: 'separate-processes',
    apiUrl: apiProcess.url,
    esiaIssuer: esia.url,
    cpuTimeMs: async () => {
      const [apiMs, esiaMs] = await Promise.all([numberFrom(apiProcess.call('cpuTimeMs')), numberFrom(esia.call('cpuTimeMs'))]);
      return { api: apiMs, esia: esiaMs };
    },
    resetStatementCount: async () => void (await apiProcess.call('resetStatementCount')),
    statementCount: () => numberFrom(apiProcess.call('statementCount')),
    startProfile: async () => void (await apiProcess.call('startProfile')),
    stopProfile: async (label) => (await apiProcess.call('stopProfile', label)) as ProfileBreakdown,
    async close() {
      await apiProcess.stop();
      await esia.stop();
    },
  };
}

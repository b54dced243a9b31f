import { fileURLToPath } from 'node:url';
import type { ProfileBreakdown } from '../../measure/cpu-profile';
import type { GraphQLOperation } from '../graphql-client';
import type { ApiHost } from './api-host';
import { startServerProcess } from './child-rpc';

/** What measureOperation needs of a server: its URL, its process's CPU time and its profile. */
export type MeasuredServer = Pick<ApiHost, 'apiUrl' | 'cpuTimeMs' | 'startProfile' | 'stopProfile' | 'close'>;

export const helloOperation: GraphQLOperation = { operationName: 'Hello', query: 'query Hello { hello }' };

/** The bare-Yoga anchor (bare-yoga-process.ts) in a process of its own. */
export async function startBareYoga(): Promise<MeasuredServer> {
  const yoga = await startServerProcess(fileURLToPath(new URL('./bare-yoga-process.ts', import.meta.url)), {});
  return {
    apiUrl: yoga.url,
    cpuTimeMs: async () => ({ api: Number(await yoga.call('cpuTimeMs')), esia: null }),
    startProfile: async () => void (await yoga.call('startProfile')),
    stopProfile: async (label) => (await yoga.call('stopProfile', label)) as ProfileBreakdown,
    close: () => yoga.stop(),
  };
}

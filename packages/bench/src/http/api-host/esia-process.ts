/** Entry of the development ESIA's own process (see separate-processes-host.ts). */
import { startEsiaSim } from '@vhod/esia-sim';
import { processCpuTimeMs } from './process-cpu';
import { esiaSimClientsFor } from './bench-esia-client';
import { reportStartFailure, serveParent } from './child-rpc';

async function main() {
  const apiOrigin = process.env.BENCH_API_ORIGIN;
  if (!apiOrigin) throw new Error('BENCH_API_ORIGIN is not set');
  const esia = await startEsiaSim({ development: true, port: 0, clients: esiaSimClientsFor(apiOrigin) });
  serveParent(esia.issuer, { cpuTimeMs: processCpuTimeMs, close: () => esia.close() });
}

main().catch(reportStartFailure);

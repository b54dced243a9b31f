/** CPU time (user + system, all threads) this process has used since it started, in ms. */
export function processCpuTimeMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

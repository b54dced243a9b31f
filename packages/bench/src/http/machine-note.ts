import { availableParallelism, loadavg } from 'node:os';

/**
 * Throughput on a shared machine moves with whatever else runs on it; the report says how busy
 * the machine was, so a reader can tell a slow run from a slow API. CPU time per request is the
 * steadier figure, though it too rises when cores are oversubscribed.
 */
export function machineNote(when: string): string {
  const [oneMinute = 0] = loadavg();
  return `Machine ${when}: ${availableParallelism()} CPUs, load average ${oneMinute.toFixed(1)} (1 min).`;
}

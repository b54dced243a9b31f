import type { ProfileBreakdown } from '../../measure/cpu-profile';
import type { BenchContext } from '../../scenario';
import { startInProcessHost } from './in-process-host';
import { startSeparateProcessesHost } from './separate-processes-host';

/**
 * - `separate-processes`: the API and the development ESIA each in an own Node process, the
 *   load generator in this one, so the API's CPU time is its own.
 * - `one-process`: everything in this process (a PGlite database cannot be shared with another
 *   process); CPU time then covers the API, ESIA, the load generator and the database together.
 */
export type HostIsolation = 'separate-processes' | 'one-process';

export interface ApiHost {
  isolation: HostIsolation;
  apiUrl: string;
  esiaIssuer: string;
  /** CPU time (user + system) used so far by the API's process and by ESIA's (null: the same process). */
  cpuTimeMs(): Promise<{ api: number; esia: number | null }>;
  /** SQL statements the API has sent since the last reset (drizzle's; BEGIN/COMMIT not included). */
  resetStatementCount(): Promise<void>;
  statementCount(): Promise<number>;
  /** Profiles the API's process from now (window-profiler.ts); a no-op when it shares this process. */
  startProfile(): Promise<void>;
  /** Where the API's CPU went since startProfile(); null when the API shares this process (it would include the load). */
  stopProfile(label: string): Promise<ProfileBreakdown | null>;
  close(): Promise<void>;
}

export interface HostOptions {
  /** Server-Timing on the API's responses, to split a sign-in's wall time (esia-wait-timing.ts). */
  timeEsiaWaits: boolean;
}

/** The API (on the bench database) and a development ESIA that knows it, isolated as far as the database allows. */
export function startApiHost(context: BenchContext, options: HostOptions): Promise<ApiHost> {
  return context.databaseUrl ? startSeparateProcessesHost(context.databaseUrl, options) : startInProcessHost(context.db, options);
}

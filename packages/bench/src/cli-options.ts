import { parseArgs } from 'node:util';
import { DEFAULT_SERVER_URL } from './bench-database';
import type { BenchScale } from './scenario';

export interface CliOptions {
  scale: BenchScale;
  /** Where the bench database lives; null for the smoke scale without DATABASE_URL (PGlite). */
  serverUrl: string | null;
  /** Printed before anything runs: which scale and server, and whether the server is a fallback. */
  banner: string;
  /** Only these scenarios (`--scenario matching,staff-queue`); null: every one. */
  only: string[] | null;
  /** `--check`: exit non-zero when a target is missed (not only when a scenario fails). */
  check: boolean;
  /** `--database <name>`: the bench database on the server (default vhod_bench, vhod_bench_smoke). */
  database: string | null;
  /** `--out <dir>`: where the JSON results go (default bench-results/ at the repository root). */
  out: string | null;
}

/** `--scale smoke|region` (default region), `--scenario a,b`, `--check`, `--database`, `--out`; the server comes from DATABASE_URL. */
export function readCliOptions(argv: readonly string[] = process.argv.slice(2)): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      scale: { type: 'string', default: 'region' },
      scenario: { type: 'string' },
      check: { type: 'boolean', default: false },
      database: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const scale = values.scale;
  if (scale !== 'smoke' && scale !== 'region') throw new Error(`--scale must be smoke or region, not ${scale}`);
  const only = values.scenario ? values.scenario.split(',').map((name) => name.trim()) : null;
  const common = { only, check: values.check, database: values.database ?? null, out: values.out ?? null };
  const fromEnvironment = process.env.DATABASE_URL || null;
  if (scale === 'smoke') {
    return {
      scale,
      serverUrl: fromEnvironment,
      banner: `Scale smoke on ${fromEnvironment ? `the server of DATABASE_URL (${redact(fromEnvironment)})` : 'PGlite in memory (DATABASE_URL is not set)'}.`,
      ...common,
    };
  }
  if (fromEnvironment)
    return {
      scale,
      serverUrl: fromEnvironment,
      banner: `Scale region on the server of DATABASE_URL (${redact(fromEnvironment)}).`,
      ...common,
    };
  return {
    scale,
    serverUrl: DEFAULT_SERVER_URL,
    banner: `Scale region: DATABASE_URL is not set, falling back to ${DEFAULT_SERVER_URL}.`,
    ...common,
  };
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testDatabaseKind } from '@vhod/db/testing';
import postgres from 'postgres';
import { afterAll, expect, it } from 'vitest';
import type { ScenarioResult } from '../src/scenario';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const onServer = testDatabaseKind() === 'postgres';
// A database of its own on the test server, so parallel runs never share vhod_bench_smoke.
const database = `vhod_bench_check_${randomBytes(5).toString('hex')}`;

afterAll(async () => {
  if (!onServer) return;
  const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${database}" with (force)`);
  } finally {
    await admin.end();
  }
});

/** `pnpm bench --scale smoke --check` as CI runs it: every scenario, exit code and JSON results. */
function runBench(out: string): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env };
  if (!onServer) delete env.DATABASE_URL; // the smoke scale runs on PGlite in memory then
  const args = [
    '--import',
    'tsx',
    'src/run-bench.ts',
    '--scale',
    'smoke',
    '--check',
    '--out',
    out,
    ...(onServer ? ['--database', database] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: packageDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

// Smoke scale only keeps what is meaningful there as a target: right answers (matching, every
// sign-in and first visit ending where it should), statement counts that must not grow with a
// page, the family portal's JS budget. Throughput ratios are region-scale targets.
it('pnpm bench --scale smoke --check: every scenario runs and every smoke-scale target is met', async () => {
  const out = await mkdtemp(join(tmpdir(), 'vhod-bench-check-'));
  try {
    const { code, output } = await runBench(out);
    const run = JSON.parse(await readFile(join(out, 'latest.json'), 'utf8')) as { results: ScenarioResult[] };
    const scenarios = run.results.map((result) => result.scenario);
    expect(scenarios).toEqual(['matching', 'readiness', 'sign-in-throughput', 'staff-queue', 'first-school-day', 'frontend weight']);
    const failed = run.results.filter((result) => result.notes.some((note) => note.startsWith('FAILED')));
    expect(
      failed.map((result) => result.notes.join('\n')),
      output,
    ).toEqual([]);
    const targets = run.results.flatMap((result) => result.metrics.filter((metric) => metric.target !== undefined));
    expect(targets.map((metric) => metric.label)).toEqual(
      expect.arrayContaining([
        'lookups with the right answer',
        'sign-ins that ended signed in (active session)',
        expect.stringMatching(/^statements per queue request/),
        expect.stringMatching(/^first visits that ended where/),
        'family initial JS (gzip)',
      ]),
    );
    expect(targets.filter((metric) => !metric.met).map((metric) => metric.label)).toEqual([]);
    expect(code, output).toBe(0);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}, 900_000);

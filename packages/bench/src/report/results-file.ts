import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from '../paths';
import type { BenchScale, ScenarioResult } from '../scenario';
import type { SeedReport } from '../seed/index';
import { gitRevision } from './git-revision';

export interface BenchRun {
  scale: BenchScale;
  startedAt: Date;
  finishedAt: Date;
  database: { kind: 'pglite' | 'postgres'; server: string | null };
  /** This run's seed; null when an earlier seed was reused (`seedLog` says which). */
  seed: SeedReport | null;
  seedLog: string[];
  /** 1-minute load average at the start and the end: other work on the machine skews absolute numbers. */
  loadAverage: { atStart: number; atEnd: number };
  results: ScenarioResult[];
}

/**
 * Writes the run to <directory>/<timestamp>.json and <directory>/latest.json (bench-results/ at the
 * repository root unless told otherwise), with the commit and the machine (the numbers only compare
 * on one machine). Returns the timestamped file's path.
 */
export async function writeResultsFile(run: BenchRun, directory = join(repositoryRoot, 'bench-results')): Promise<string> {
  await mkdir(directory, { recursive: true });
  const document = {
    ...run,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    git: gitRevision(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform,
    },
  };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const file = join(directory, `${run.startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, text);
  await writeFile(join(directory, 'latest.json'), text);
  return file;
}

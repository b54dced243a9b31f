import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../src/testing/index';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

interface Holder {
  child: ChildProcess;
  /** Resolves with the pid of the process that opened the folder, or with the exit code and stderr when it could not. */
  outcome: Promise<{ opened: true; pid: number } | { opened: false; code: number | null; stderr: string }>;
}

function openInChildProcess(dataDir: string): Holder {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/hold-data-dir.ts', dataDir], { cwd: packageDir });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const outcome = new Promise<Awaited<Holder['outcome']>>((resolve) => {
    child.stdout.on('data', (chunk) => {
      const pid = /open (\d+)/.exec(String(chunk))?.[1];
      if (pid) resolve({ opened: true, pid: Number(pid) });
    });
    child.once('exit', (code) => resolve({ opened: false, code, stderr: stderr.trim() }));
  });
  return { child, outcome };
}

function stop(holder: Holder): Promise<number | null> {
  return new Promise((resolve) => {
    holder.child.once('exit', (code) => resolve(code));
    holder.child.kill('SIGTERM');
  });
}

describe.skipIf(testDatabaseKind() !== 'pglite')('one PGlite folder, one process', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) {
      await rm(folder, { recursive: true, force: true });
      await rm(`${folder}.lock-owner.json`, { force: true });
    }
  });

  it('a second process refuses to open the folder, naming it and the process holding it; after that one stops, it opens', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'vhod-pglite-lock-'));
    folders.push(parent);
    const dataDir = join(parent, 'demo');

    const first = openInChildProcess(dataDir);
    const opened = await first.outcome;
    expect(opened).toMatchObject({ opened: true });

    const second = openInChildProcess(dataDir);
    const refused = await second.outcome;
    expect(refused).toMatchObject({ opened: false, code: 1 });
    const message = (refused as { stderr: string }).stderr;
    expect(message).toContain(`The database folder ${dataDir} is in use by process ${(opened as { pid: number }).pid} `);
    expect(message.split('\n')).toHaveLength(1);

    expect(await stop(first)).toBe(0);
    const third = openInChildProcess(dataDir);
    expect(await third.outcome).toMatchObject({ opened: true });
    expect(await stop(third)).toBe(0);
  }, 90_000);
});

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import lockfile from 'proper-lockfile';

/** A lock not refreshed for this long belongs to a process that died (kill -9, power loss) and is taken over. */
const staleAfterMs = 10_000;

/** Another process has the PGlite data folder open. */
export class DataDirInUseError extends Error {
  readonly code = 'DATA_DIR_IN_USE';
  constructor(
    readonly dataDir: string,
    owner: string,
  ) {
    super(
      `The database folder ${dataDir} is in use by ${owner}. Stop that process first (two processes on one folder ` +
        `lose data), or start with another folder. A process that died leaves the lock for ${staleAfterMs / 1000} s.`,
    );
    this.name = 'DataDirInUseError';
  }
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/**
 * Locks a PGlite data folder for this process: PGlite is PostgreSQL in this process's memory, so
 * two processes on one folder each think they own the files (both hand out the same request
 * numbers, and one's writes overwrite the other's). The lock is proper-lockfile's `<folder>.lock`
 * directory, refreshed every few seconds, so a crashed process's lock goes stale by itself; who
 * holds it is written beside it, for the refusal message. Returns the release function.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const folder = resolve(dataDir);
  await mkdir(folder, { recursive: true });
  const ownerFile = `${folder}.lock-owner.json`;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(folder, {
      stale: staleAfterMs,
      realpath: false,
      // Lost to another process after this one stalled past the stale time: carrying on would corrupt the folder.
      onCompromised: (error) => {
        throw new Error(`The lock on the database folder ${folder} was lost (${error.message}); stopping to keep its data whole.`);
      },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ELOCKED') throw error;
    throw new DataDirInUseError(folder, await describeOwner(ownerFile));
  }
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  await writeFile(ownerFile, JSON.stringify(owner));
  return async () => {
    await rm(ownerFile, { force: true });
    await release();
  };
}

async function describeOwner(ownerFile: string): Promise<string> {
  try {
    const owner = JSON.parse(await readFile(ownerFile, 'utf8')) as LockOwner;
    return `process ${owner.pid} on ${owner.host} (since ${owner.since})`;
  } catch {
    return 'another process';
  }
}

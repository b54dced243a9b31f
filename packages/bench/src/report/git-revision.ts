import { execFileSync } from 'node:child_process';
import { repositoryRoot } from '../paths';

export interface GitRevision {
  commit: string | null;
  /** Uncommitted changes in the working tree: the numbers may not belong to `commit` alone. */
  dirty: boolean | null;
}

/** The commit the bench ran on (read-only git commands; null outside a git checkout). */
export function gitRevision(): GitRevision {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain').length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

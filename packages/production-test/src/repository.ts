import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root: `pnpm build`, `pnpm db:migrate` and `pnpm start` run here, as an operator runs them. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * How to run pnpm: the very pnpm that runs this test (`pnpm test` sets npm_execpath), else the one the README names.
 */
export function pnpmCommand(): { command: string; args: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm\.(c?js|mjs)$/.test(execPath)) return { command: process.execPath, args: [execPath] };
  return { command: 'npx', args: ['-y', 'pnpm@12.21.0'] };
}

/** `pnpm <args>` in the repository with only PATH, HOME and `env`, to its end (`pnpm build` may take minutes). */
export function runPnpm(args: string[], env: Record<string, string> = {}) {
  const { command, args: prefix } = pnpmCommand();
  return spawnSync(command, [...prefix, ...args], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 900_000,
  });
}

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pnpmCommand, repositoryRoot } from './repository';

export interface ApiProcess {
  /** `pnpm start`: the process the test started. */
  pnpm: ChildProcess;
  /** The API's own process id, from its `started` log line (pnpm does not pass SIGTERM on to its script). */
  pid: number;
  /** Every JSON line the API wrote on stdout so far. */
  lines: Array<Record<string, unknown>>;
  /** Everything it wrote on stderr so far. */
  stderr(): string;
  /** Resolves with pnpm's exit code, which is the API's. */
  exited: Promise<number | null>;
}

/** Runs `pnpm start` in the repository with exactly `env`, and waits for the API's `started` line (or its death). */
export async function startApi(env: Record<string, string>): Promise<ApiProcess> {
  const pnpm = pnpmCommand();
  const child = spawn(pnpm.command, [...pnpm.args, '--silent', 'start'], { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const started = new Promise<number>((done, fail) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      lines.push(parsed);
      if (parsed.msg === 'started') done(Number(parsed.pid));
    });
    void exited.then((code) => fail(new Error(`pnpm start exited with ${code} before the API started:\n${stderr}`)));
  });
  return { pnpm: child, pid: await started, lines, stderr: () => stderr, exited };
}

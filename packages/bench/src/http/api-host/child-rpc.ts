import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** What the parent may ask a server process; answers are JSON values (or nothing). */
export type ChildMethod = 'cpuTimeMs' | 'resetStatementCount' | 'statementCount' | 'startProfile' | 'stopProfile' | 'close';

interface ChildCall {
  id: number;
  method: ChildMethod;
  argument?: string;
}
type ChildMessage = { ready: string } | { failed: string } | { id: number; result?: unknown; error?: string };

const startTimeoutMs = 60_000;
const callTimeoutMs = 30_000;

// ---- child side ----------------------------------------------------------------------------

/** A method's handler: what it returns (or resolves to) is the answer, sent as a structured clone. */
type ChildHandler = (argument?: string) => unknown;

/** In a server process: tells the parent it listens at `url` and answers its calls. */
export function serveParent(url: string, handlers: Partial<Record<ChildMethod, ChildHandler>>): void {
  const send = (message: ChildMessage) => process.send?.(message);
  process.on('message', (call: ChildCall) => {
    const handler = handlers[call.method];
    // Nobody waits for the chain: both outcomes are answered inside it (a failure after that still
    // surfaces as an unhandled rejection).
    void Promise.resolve()
      .then(() => (handler ? handler(call.argument) : Promise.reject(new Error(`no handler for ${call.method}`))))
      .then(
        (result) => send({ id: call.id, result }),
        (error: unknown) => send({ id: call.id, error: error instanceof Error ? error.message : String(error) }),
      )
      .then(() => {
        if (call.method === 'close') process.disconnect();
      });
  });
  // The parent died or let go: nothing else would stop this process.
  process.on('disconnect', () => process.exit(0));
  send({ ready: url });
}

export function reportStartFailure(error: unknown): void {
  process.send?.({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ChildMessage, () =>
    process.exit(1),
  );
}

// ---- parent side ---------------------------------------------------------------------------

export interface ServerProcess {
  /** What the child reported when it was ready (its URL). */
  url: string;
  call(method: ChildMethod, argument?: string): Promise<unknown>;
  /** Asks the child to close its servers, then makes sure it is gone. */
  stop(): Promise<void>;
}

/** Runs a TypeScript entry (through tsx, like `pnpm demo`) and waits until it reports ready. */
export async function startServerProcess(entry: string, env: Record<string, string>): Promise<ServerProcess> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = fork(entry, [], {
    execArgv: ['--import', tsx],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { done(value: unknown): void; fail(error: Error): void }>();
  let nextId = 1;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${entry} did not start within ${startTimeoutMs} ms`)), startTimeoutMs);
    child.once('exit', (code) => fail(new Error(`${entry} exited with ${code} before it was ready`)));
    child.on('message', (message: ChildMessage) => {
      if ('ready' in message) {
        clearTimeout(timer);
        done(message.ready);
      } else if ('failed' in message) {
        clearTimeout(timer);
        fail(new Error(`${entry} failed to start: ${message.failed}`));
      } else {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error !== undefined) call?.fail(new Error(message.error));
        else call?.done(message.result);
      }
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  child.on('exit', () => {
    for (const call of pending.values()) call.fail(new Error(`${entry} exited`));
    pending.clear();
  });

  const call = (method: ChildMethod, argument?: string) =>
    new Promise<unknown>((done, fail) => {
      const id = nextId++;
      const timer = setTimeout(() => fail(new Error(`${entry}: ${method} got no answer`)), callTimeoutMs);
      pending.set(id, {
        done: (value) => {
          clearTimeout(timer);
          done(value);
        },
        fail: (error) => {
          clearTimeout(timer);
          fail(error);
        },
      });
      child.send({ id, method, ...(argument === undefined ? {} : { argument }) } satisfies ChildCall);
    });

  return {
    url,
    call,
    async stop() {
      if (child.exitCode === null && child.connected) await call('close').catch(() => undefined);
      const killTimer = setTimeout(() => killQuietly(child), 5_000);
      await exited;
      clearTimeout(killTimer);
    },
  };
}

function killQuietly(child: ChildProcess): void {
  if (child.exitCode === null) child.kill('SIGKILL');
}

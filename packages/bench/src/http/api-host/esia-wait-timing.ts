import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

/** What one API request spent waiting for the identity provider's answers (token, person data). */
interface RequestTiming {
  esiaWaitMs: number;
  /** Calls to ESIA under way: the person data is read in parallel, and overlapping waits count once. */
  inFlight: number;
  waitingSince: number;
}

const currentRequest = new AsyncLocalStorage<RequestTiming>();

/**
 * Times the API's own outbound calls to ESIA. openid-client (oauth4webapi) calls the global
 * `fetch` at call time and the API offers no customFetch hook, so the bench wraps the global;
 * only calls made inside an API request (see withServerTiming) to ESIA's origin are counted,
 * which keeps the load generator's own requests out even when everything shares one process.
 * The time runs until the response headers arrive; ESIA's JSON answers are a few hundred bytes.
 * Returns the function that puts the original fetch back.
 */
export function timeOutboundCallsTo(esiaOrigin: string): () => void {
  const originalFetch = globalThis.fetch;
  globalThis.fetch = async function timedFetch(input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) {
    const timing = currentRequest.getStore();
    if (!timing || originOf(input) !== esiaOrigin) return originalFetch(input, init);
    if (timing.inFlight++ === 0) timing.waitingSince = performance.now();
    try {
      return await originalFetch(input, init);
    } finally {
      if (--timing.inFlight === 0) timing.esiaWaitMs += performance.now() - timing.waitingSince;
    }
  };
  return () => {
    globalThis.fetch = originalFetch;
  };
}

function originOf(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return new URL(input).origin;
  if (input instanceof URL) return input.origin;
  return new URL(input.url).origin;
}

/**
 * Wraps the API's request listener so every response carries
 * `Server-Timing: handler;dur=<ms in the listener>, esia;dur=<ms of that waiting for ESIA>`:
 * the client then splits a sign-in into the API's own time and the identity provider's.
 */
export function withServerTiming(listener: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const timing: RequestTiming = { esiaWaitMs: 0, inFlight: 0, waitingSince: 0 };
    const started = performance.now();
    const writeHead = res.writeHead;
    // Every response passes writeHead (res.end() calls it implicitly), just before headers leave.
    res.writeHead = function writeHeadWithTiming(this: ServerResponse, ...args: unknown[]) {
      if (!this.headersSent) {
        this.setHeader(
          'Server-Timing',
          `handler;dur=${(performance.now() - started).toFixed(3)}, esia;dur=${timing.esiaWaitMs.toFixed(3)}`,
        );
      }
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as ServerResponse['writeHead'];
    // AsyncLocalStorage costs the API a few per cent of CPU on Node 20 (about 4% per sign-in
    // measured, within run-to-run noise; more for promise-heavy GraphQL): the sign-in figures include it.
    return currentRequest.run(timing, () => listener(req, res));
  };
}

export interface ServerTiming {
  handlerMs: number;
  esiaWaitMs: number;
}

/** Reads the header withServerTiming adds (its value, or null); zeros when it is missing (e.g. a response from elsewhere). */
export function readServerTiming(header: string | null): ServerTiming {
  const duration = (name: string) => Number(new RegExp(`${name};dur=([0-9.]+)`).exec(header ?? '')?.[1] ?? 0);
  return { handlerMs: duration('handler'), esiaWaitMs: duration('esia') };
}

import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExecutionResult } from 'urql';
import { sseSubscriptions } from '../src/sse-subscriptions';

/** What the fake API does with the n-th subscription request: the events it sends, then whether it ends the stream. */
type Script = Array<{ events: ExecutionResult[]; ending: 'complete' | 'break' | 'stay' }>;

interface SeenRequest {
  contentType: string | undefined;
  accept: string | undefined;
  body: string;
}

async function fakeApi(script: Script) {
  const seen: SeenRequest[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ contentType: req.headers['content-type'], accept: req.headers.accept, body });
    const step = script[seen.length - 1] ?? { events: [], ending: 'stay' };
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(':\n\n');
    for (const event of step.events) res.write(`event: next\ndata: ${JSON.stringify(event)}\n\n`);
    if (step.ending === 'complete') res.end('event: complete\ndata:\n\n');
    else if (step.ending === 'break') res.destroy();
    else open.add(res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    seen,
    async close() {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** A sink that records what urql's subscriptionExchange would get, and waits (bounded) for it. */
function recordingSink() {
  const results: ExecutionResult[] = [];
  let completed = false;
  let wake = () => {};
  const until = (ready: () => boolean, what: string) =>
    new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`still waiting for ${what}`)), 5_000);
      wake = () => {
        if (!ready()) return;
        clearTimeout(timer);
        done();
      };
      wake();
    });
  return {
    results,
    completed: () => completed,
    until,
    sink: {
      next(result: ExecutionResult) {
        results.push(result);
        wake();
      },
      error() {
        throw new Error('the forwarder never errors: it subscribes again');
      },
      complete() {
        completed = true;
        wake();
      },
    },
  };
}

const request = {
  query: 'subscription { staffAccessRequestChanges { kind } }',
  operationName: undefined,
  variables: {},
  extensions: undefined,
};
const change = (kind: string): ExecutionResult => ({ data: { staffAccessRequestChanges: { kind } } });

let api: Awaited<ReturnType<typeof fakeApi>> | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('subscriptions over server-sent events', () => {
  it('asks as the API’s POST guard wants (JSON, event stream) and opens the subscription again after the server ended it or the connection broke', async () => {
    api = await fakeApi([
      { events: [change('RELOAD'), change('TAKEN')], ending: 'complete' },
      // Cut before anything arrives, as a killed instance's connection is.
      { events: [], ending: 'break' },
      { events: [change('RELOAD'), change('REJECTED')], ending: 'stay' },
    ]);
    const recorded = recordingSink();
    const subscription = sseSubscriptions(api.url, { retryDelaysMs: [10] })(request, {} as never).subscribe(recorded.sink);
    await recorded.until(() => recorded.results.length === 4, 'four events over three connections');
    expect(
      recorded.results.map((result) => (result.data as { staffAccessRequestChanges: { kind: string } }).staffAccessRequestChanges.kind),
    ).toEqual(['RELOAD', 'TAKEN', 'RELOAD', 'REJECTED']);
    expect(api.seen).toHaveLength(3);
    for (const seen of api.seen) {
      expect(seen.contentType).toMatch(/^application\/json/);
      expect(seen.accept).toBe('text/event-stream');
      expect(JSON.parse(seen.body)).toMatchObject({ query: request.query });
    }
    subscription.unsubscribe();
    expect(recorded.completed()).toBe(false);
  });

  it('tries again when the database was away, but not after a refusal (signed out, not allowed)', async () => {
    api = await fakeApi([
      {
        events: [{ errors: [{ message: 'Сервис временно недоступен', extensions: { code: 'SERVICE_UNAVAILABLE' } }] } as never],
        ending: 'complete',
      },
      {
        events: [{ errors: [{ message: 'Недостаточно прав для этого действия.', extensions: { code: 'FORBIDDEN' } }] } as never],
        ending: 'complete',
      },
    ]);
    const recorded = recordingSink();
    sseSubscriptions(api.url, { retryDelaysMs: [10] })(request, {} as never).subscribe(recorded.sink);
    await recorded.until(() => recorded.completed(), 'the subscription to end');
    // Ended in place of a further try: two requests, the second refused.
    expect(api.seen).toHaveLength(2);
    expect(recorded.results).toHaveLength(2);
  });
});

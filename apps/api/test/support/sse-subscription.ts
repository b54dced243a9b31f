import { sessionCookieName } from '../../src/sessions/cookies';
import type { GraphQLResponse } from './staff-graphql';

export interface SseSubscription<Data> {
  status: number;
  headers: Headers;
  /** The next `next` event's payload; null once the server completed the stream. Fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<GraphQLResponse<Data> | null>;
  close(): void;
}

/**
 * A GraphQL subscription over server-sent events as the staff console opens it: a POST of JSON from the console's own
 * origin, with the session cookie, asking for `text/event-stream`.
 */
export async function subscribeOverSse<Data = unknown>(
  url: string,
  { token, origin, query }: { token: string | undefined; origin: string; query: string },
): Promise<SseSubscription<Data>> {
  const abort = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      origin,
      ...(token ? { cookie: `${sessionCookieName}=${token}` } : {}),
    },
    body: JSON.stringify({ query }),
    signal: abort.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Array<GraphQLResponse<Data> | null> = [];
  const waiting: Array<() => void> = [];
  let buffer = '';
  let ended = false;
  const wake = () => {
    for (const waiter of waiting.splice(0)) waiter();
  };
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: ?(.*)$/m.exec(block)?.[1];
          if (event === 'next' && data) events.push(JSON.parse(data) as GraphQLResponse<Data>);
          if (event === 'complete') events.push(null);
        }
        wake();
      }
    } catch {
      // aborted by close()
    }
    ended = true;
    events.push(null);
    wake();
  })();
  return {
    status: response.status,
    headers: response.headers,
    async next(timeoutMs = 5_000) {
      while (events.length === 0) {
        if (ended) return null;
        await new Promise<void>((done, fail) => {
          const timer = setTimeout(() => fail(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
          waiting.push(() => {
            clearTimeout(timer);
            done();
          });
        });
      }
      return events.shift() ?? null;
    },
    close: () => abort.abort(),
  };
}

import { createClient, type Client as SseClient } from 'graphql-sse';
import { type Exchange, type ExecutionResult, type SubscriptionForwarder, subscriptionExchange } from 'urql';

/**
 * Waits before subscribing again after a subscription ended: its instance stopped or died, the network dropped, or
 * the database was away. The first retry is quick (nginx sends it to another instance); back to it once events flow.
 */
const defaultRetryDelaysMs = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

/** Errors worth another try; any other error is a refusal (signed out, not allowed) that trying again cannot change. */
const passingErrorCodes = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

function isRefusal(result: ExecutionResult): boolean {
  const errors = (result.errors ?? []) as Array<{ extensions?: { code?: unknown } }>;
  return errors.length > 0 && !errors.every((error) => passingErrorCodes.has(String(error.extensions?.code)));
}

/**
 * urql's subscriptionExchange over server-sent events: a POST of JSON to /graphql asking for `text/event-stream`
 * (graphql-sse's distinct connections, which Yoga speaks), same-origin with the session cookie, so the API's checks for
 * cookie POSTs (JSON, our own Origin) and the pages' CSP (`connect-src` 'self') apply unchanged. A subscription is kept
 * open: when it ends for any reason but a refusal, it is opened again, and the server's first event (RELOAD) tells
 * the page to reload what it may have missed meanwhile.
 */
export function sseSubscriptions(url: string, { retryDelaysMs = defaultRetryDelaysMs } = {}): SubscriptionForwarder {
  const client: SseClient = createClient({ url, credentials: 'same-origin', retryAttempts: 0 });
  return (request) => ({
    subscribe(sink) {
      let stopped = false;
      let failures = 0;
      let retry: ReturnType<typeof setTimeout> | undefined;
      let dispose = () => {};
      const open = () => {
        let refused = false;
        let heard = false;
        const ended = () => {
          if (stopped) return;
          if (refused) return sink.complete();
          if (heard) failures = 0;
          retry = setTimeout(open, retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)]);
          failures += 1;
        };
        dispose = client.subscribe<Record<string, unknown>>(
          {
            query: request.query ?? '',
            operationName: request.operationName,
            variables: request.variables,
            extensions: request.extensions,
          },
          {
            next(result) {
              heard = true;
              refused = isRefusal(result as ExecutionResult);
              sink.next(result as ExecutionResult);
            },
            error: ended,
            complete: ended,
          },
        );
      };
      open();
      return {
        unsubscribe() {
          stopped = true;
          clearTimeout(retry);
          dispose();
        },
      };
    },
  });
}

/** The staff console's live updates: urql's subscription exchange over server-sent events to the API's /graphql. */
export const sseSubscriptionExchange: Exchange = subscriptionExchange({ forwardSubscription: sseSubscriptions('/graphql') });

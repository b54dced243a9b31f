import { Client, cacheExchange, fetchExchange, type Exchange } from 'urql';

/**
 * Same-origin only: the session cookie is httpOnly and never leaves the API's origin. `exchanges` come after fetch:
 * the staff console adds live subscriptions (`@vhod/ui/sse-subscriptions`); the family portal has none, and so does
 * not carry their code.
 */
export function createUrqlClient(exchanges: readonly Exchange[] = []): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange, ...exchanges],
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
  });
}

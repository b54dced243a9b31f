import { Client, cacheExchange, fetchExchange } from 'urql';

/** Same-origin only: the session cookie is httpOnly and never leaves the API's origin. */
export const urqlClient = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { credentials: 'same-origin' },
  requestPolicy: 'cache-and-network',
});

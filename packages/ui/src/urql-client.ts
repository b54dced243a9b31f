import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { sseSubscriptions } from './sse-subscriptions';

/** Same-origin only: the session cookie is httpOnly and never leaves the API's origin. */
export const urqlClient = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange, subscriptionExchange({ forwardSubscription: sseSubscriptions('/graphql') })],
  fetchOptions: { credentials: 'same-origin' },
  requestPolicy: 'cache-and-network',
});

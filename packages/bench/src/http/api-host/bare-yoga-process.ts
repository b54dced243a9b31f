/**
 * Entry of the anchor's own process: GraphQL Yoga with nothing but `{ hello }`, on node:http, as
 * the API serves /graphql. What one GraphQL request costs on this machine before any application
 * code runs (no context, no session, no plugins): the ceiling the API's requests are set against.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { processCpuTimeMs } from './process-cpu';
import { reportStartFailure, serveParent } from './child-rpc';
import { windowProfiler } from './window-profiler';

async function main() {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
  });
  const server = createServer(yoga);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const profiler = windowProfiler();
  serveParent(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {
    cpuTimeMs: processCpuTimeMs,
    startProfile: () => profiler.start(),
    stopProfile: (label) => profiler.stop(label),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  });
}

main().catch(reportStartFailure);

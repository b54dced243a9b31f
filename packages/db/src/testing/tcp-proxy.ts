import net from 'node:net';

/**
 * - forward: bytes pass both ways;
 * - refuse: the port is closed (connecting gets ECONNREFUSED) and open connections are cut, as
 *   when the server is stopped;
 * - blackhole: connections are accepted and open ones kept, but nothing passes either way, as
 *   when a firewall or a broken network drops packets. Back to forward, what was held flows
 *   again (TCP would have retransmitted it).
 */
export type ProxyMode = 'forward' | 'refuse' | 'blackhole';

export interface TcpProxy {
  port: number;
  /** `url` with its host and port replaced by the proxy's. */
  urlFor(url: string): string;
  setMode(mode: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

/** A TCP proxy in front of `target` that a test switches between forwarding, refusing and dropping. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[net.Socket, net.Socket]>();
  let mode: ProxyMode = 'forward';

  const flow = ([client, server]: [net.Socket, net.Socket]) => {
    if (mode === 'forward') {
      client.resume();
      server.resume();
    } else {
      client.pause();
      server.pause();
    }
  };

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    const upstream = net.connect(target.port, target.host);
    upstream.pause();
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    flow(pair);
  });

  const listen = (port: number) => new Promise<void>((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => done()));
  await listen(0);
  const { port } = server.address() as net.AddressInfo;

  return {
    port,
    urlFor(url) {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(port);
      return proxied.toString();
    },
    async setMode(next) {
      const wasListening = server.listening;
      mode = next;
      if (next === 'refuse') {
        for (const [client, upstream] of pairs) {
          client.destroy();
          upstream.destroy();
        }
        if (wasListening) await new Promise<void>((done) => server.close(() => done()));
        return;
      }
      if (!wasListening) await listen(port);
      for (const pair of pairs) flow(pair);
    },
    async close() {
      mode = 'refuse';
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      if (server.listening) await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

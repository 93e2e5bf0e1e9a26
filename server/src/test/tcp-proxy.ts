import net from 'node:net';

/**
 * A TCP proxy in front of the test database that a test can cut: `refuse` closes the port (connections
 * are refused), `blackhole` keeps every connection open but lets no byte through either way (a network
 * that drops packets), `restore` forwards again (what was held back arrives late, as TCP retransmits it).
 */
export type TTcpProxy = {
  port: number;
  refuse(): Promise<void>;
  blackhole(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
};

/** Where node-postgres would connect for `url`: a Unix socket (`?host=/dir`) or host:port. */
function upstreamOf(url: string): net.NetConnectOpts {
  const u = new URL(url);
  const host = u.searchParams.get('host') ?? decodeURIComponent(u.hostname);
  const port = Number(u.port || 5432);
  return host.startsWith('/') ? { path: `${host}/.s.PGSQL.${port}` } : { host, port };
}

export async function startTcpProxy(databaseUrl: string): Promise<TTcpProxy> {
  const upstream = upstreamOf(databaseUrl);
  let mode: 'open' | 'blackhole' = 'open';
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
  };
  const held: (() => void)[] = [];
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk) => {
      if (mode === 'open') to.write(chunk);
      else held.push(() => to.write(chunk));
    });
  const onConnection = (client: net.Socket) => {
    track(client);
    const server = net.connect(upstream);
    track(server);
    forward(client, server);
    forward(server, client);
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
  };
  let listener = net.createServer(onConnection);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(port, '127.0.0.1', () => resolve((listener.address() as net.AddressInfo).port));
    });
  const port = await listen(0);
  const stopListening = () => new Promise<void>((resolve) => listener.close(() => resolve()));
  const dropAll = () => {
    for (const s of sockets) s.destroy();
  };
  return {
    port,
    refuse: async () => {
      await Promise.all([stopListening(), Promise.resolve(dropAll())]);
    },
    blackhole: () => {
      mode = 'blackhole';
    },
    restore: async () => {
      mode = 'open';
      for (const send of held.splice(0)) send();
      if (!listener.listening) {
        listener = net.createServer(onConnection);
        await listen(port);
      }
    },
    close: async () => {
      dropAll();
      if (listener.listening) await stopListening();
    },
  };
}

import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the test's PostgreSQL, so a test can take "the database" away
 * without touching the machine's server: `stop()` cuts every connection and refuses new ones,
 * `hang()` keeps connections open but silent (a slow database), `start()` brings it back.
 */
export interface TcpProxy {
  readonly port: number;
  stop(): Promise<void>;
  hang(): void;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function createTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let hanging = false;
  let server: Server;
  let port = 0;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const listen = async () => {
    server = createServer((client) => {
      track(client);
      if (hanging) return; // accepted, never answered
      const upstream = connect(target.port, target.host);
      track(upstream);
      client.on('data', (chunk) => hanging || upstream.write(chunk));
      upstream.on('data', (chunk) => hanging || client.write(chunk));
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    port = (server.address() as { port: number }).port;
  };
  const stop = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  await listen();

  return {
    get port() {
      return port;
    },
    stop,
    hang() {
      hanging = true;
    },
    async start() {
      // Bytes were dropped while hanging, so those connections are unusable: end them.
      if (hanging) for (const socket of sockets) socket.destroy();
      hanging = false;
      if (!server.listening) await listen();
    },
    close: async () => {
      if (server.listening) await stop();
      else for (const socket of sockets) socket.destroy();
    },
  };
}

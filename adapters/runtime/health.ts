import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BotError } from '../../src/errors.js';
import type { Metrics } from './metrics.js';

/** What `/readyz` checks: each named part reports whether it is ready. */
export type ReadinessChecks = Record<string, () => boolean>;

export interface HealthRoute {
  path: string;
  method: 'GET';
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * `/healthz` (the process is alive), `/readyz` (content loaded and every configured front
 * connected: 503 with the parts that are not), `/metrics` (Prometheus). Returned as routes so
 * Slack's HTTP mode can serve them from Bolt's own server.
 */
export function healthRoutes(metrics: Metrics, checks: ReadinessChecks): HealthRoute[] {
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  return [
    { path: '/healthz', method: 'GET', handler: (_req, res) => json(res, 200, { status: 'ok' }) },
    {
      path: '/readyz',
      method: 'GET',
      handler(_req, res) {
        const waiting = Object.entries(checks)
          .filter(([, ready]) => !ready())
          .map(([name]) => name);
        json(res, waiting.length === 0 ? 200 : 503, { status: waiting.length === 0 ? 'ready' : 'waiting', waiting });
      },
    },
    {
      path: '/metrics',
      method: 'GET',
      handler(_req, res) {
        metrics.registry
          .metrics()
          .then((text) => {
            res.writeHead(200, { 'content-type': metrics.registry.contentType });
            res.end(text);
          })
          .catch(() => json(res, 500, { status: 'error' }));
      },
    },
  ];
}

/** What to do about a port the server cannot listen on, naming PORT. */
export function portProblem(port: number | undefined, code: 'EADDRINUSE' | 'EACCES'): string {
  return code === 'EADDRINUSE'
    ? `port ${port} is already in use. Stop what listens there, or set PORT to another port.`
    : `port ${port} needs privileges this process does not have. Set PORT to 1024 or above.`;
}

/**
 * A small server of its own for the health routes, when no Slack HTTP server is there to carry them.
 *
 * @throws {BotError} code `PORT_UNAVAILABLE` when the port is taken or not allowed.
 */
export function startHealthServer(routes: HealthRoute[], port: number, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (route) route.handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"status":"not found"}');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(new BotError('PORT_UNAVAILABLE', `Could not listen for health and metrics: ${portProblem(port, error.code)}`));
      } else reject(error);
    });
    server.listen(port, host, () => resolve(server));
  });
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BotError } from '../../src/index.js';
import { DEFAULT_EDGE_LIMITS, edgeServerOptions, hardenServer, hasBearer, type EdgeLimits, type RefusalLog } from './http-edge.js';
import type { Metrics } from './metrics.js';

/** Where `/metrics` reads from: this process's metrics, or (the shard manager) every shard's summed. */
export type MetricsSource = { registry: Pick<Metrics['registry'], 'metrics' | 'contentType'> };

/** What `/readyz` checks: each named part reports whether it is ready. */
export type ReadinessChecks = Record<string, () => boolean>;

export interface HealthRoute {
  path: string;
  method: 'GET';
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/** Every path under `prefix` (`/admin`, `/admin/...`), any method: an app mounted beside the health routes. */
export interface MountedRoutes {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

export interface HealthOptions {
  /** True from the moment the process is told to stop: `/readyz` then answers 503 until exit. */
  stopping?: () => boolean;
  /** Whether `/metrics` is among the routes (false when it has a port of its own, or must not be public). Default true. */
  metrics?: boolean;
  /** When set, `/metrics` answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Where a refused `/metrics` request is counted. */
  refusals?: RefusalLog;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** `/metrics` (Prometheus), behind a bearer token when one is given. */
export function metricsRoute(metrics: MetricsSource, token?: string, refusals?: RefusalLog): HealthRoute {
  return {
    path: '/metrics',
    method: 'GET',
    handler(req, res) {
      if (token !== undefined && !hasBearer(req, token)) {
        refusals?.refuse('unauthorized');
        res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
        res.end('{"status":"unauthorized"}');
        return;
      }
      metrics.registry
        .metrics()
        .then((text) => {
          res.writeHead(200, { 'content-type': metrics.registry.contentType });
          res.end(text);
        })
        .catch(() => json(res, 500, { status: 'error' }));
    },
  };
}

/**
 * `/healthz` (the process is alive), `/readyz` (content loaded and every configured front
 * connected, and not stopping: 503 with the parts that are not), `/metrics` (Prometheus).
 * Returned as routes so Slack's HTTP mode can serve them from Bolt's own server.
 */
export function healthRoutes(metrics: MetricsSource, checks: ReadinessChecks, options: HealthOptions = {}): HealthRoute[] {
  const routes: HealthRoute[] = [
    { path: '/healthz', method: 'GET', handler: (_req, res) => json(res, 200, { status: 'ok' }) },
    {
      path: '/readyz',
      method: 'GET',
      handler(_req, res) {
        // A load balancer must stop sending here as soon as the drain starts, not when the port closes.
        if (options.stopping?.()) return json(res, 503, { status: 'stopping', waiting: [] });
        const waiting = Object.entries(checks)
          .filter(([, ready]) => !ready())
          .map(([name]) => name);
        json(res, waiting.length === 0 ? 200 : 503, { status: waiting.length === 0 ? 'ready' : 'waiting', waiting });
      },
    },
  ];
  if (options.metrics !== false) routes.push(metricsRoute(metrics, options.metricsToken, options.refusals));
  return routes;
}

/** What to do about a port the server cannot listen on, naming its variable (PORT unless told). */
export function portProblem(port: number | undefined, code: 'EADDRINUSE' | 'EACCES', variable = 'PORT'): string {
  return code === 'EADDRINUSE'
    ? `port ${port} is already in use. Stop what listens there, or set ${variable} to another port.`
    : `port ${port} needs privileges this process does not have. Set ${variable} to 1024 or above.`;
}

/**
 * A small server of its own for the health routes, when no Slack HTTP server is there to carry them.
 *
 * @throws {BotError} code `PORT_UNAVAILABLE` when the port is taken or not allowed.
 */
export function startHealthServer(
  routes: HealthRoute[],
  port: number,
  edge: { refusals: RefusalLog; limits?: EdgeLimits; host?: string; variable?: string; mounts?: readonly MountedRoutes[] },
): Promise<Server> {
  const limits = edge.limits ?? DEFAULT_EDGE_LIMITS;
  const host = edge.host ?? '0.0.0.0';
  const server = createServer(edgeServerOptions(limits), (req, res) => {
    // Routes take no body: whatever a client sends with one is not read.
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.path === path && r.method === req.method);
    const mounted = edge.mounts?.find((m) => path === m.prefix || path?.startsWith(`${m.prefix}/`));
    if (route) route.handler(req, res);
    else if (mounted) mounted.handle(req, res);
    else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"status":"not found"}');
    }
  });
  hardenServer(server, edge.refusals, limits);
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(
          new BotError('PORT_UNAVAILABLE', `Could not listen for health and metrics: ${portProblem(port, error.code, edge.variable)}`),
        );
      } else reject(error);
    });
    server.listen(port, host, () => resolve(server));
  });
}

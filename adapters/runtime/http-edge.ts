import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../../src/index.js';

/**
 * What any public HTTP server of the bot spends on a client before it knows who the client is.
 * Slack's own requests are small and quick: a body of a few kilobytes, sent at once.
 */
export interface EdgeLimits {
  /** Longest wait for a request's headers, in ms. */
  headersTimeoutMs: number;
  /** Longest wait for a whole request, body included, in ms. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, in ms. */
  keepAliveTimeoutMs: number;
  /** Open connections per server; beyond this new ones are closed at once (and counted). */
  maxConnections: number;
  /** Largest request body read, in bytes. */
  maxBodyBytes: number;
  /**
   * Bytes of not-yet-verified bodies larger than {@link EdgeLimits.smallBodyBytes} held at once,
   * across requests; beyond this such a request gets 503. Small bodies (every ordinary Slack
   * request) are bounded by the connection cap instead, so large ones can never crowd them out.
   */
  bodyBudgetBytes: number;
  /** A body up to this size needs no share of the budget. */
  smallBodyBytes: number;
  /** Longest time to receive a not-yet-verified body once its headers are in, in ms; Slack sends at once. */
  bodyTimeoutMs: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeLimits = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
  maxBodyBytes: 1024 * 1024,
  bodyBudgetBytes: 16 * 1024 * 1024,
  smallBodyBytes: 64 * 1024,
  bodyTimeoutMs: 3_000,
};

/** Why a request was turned away before it reached a handler. */
export type RefusalReason =
  | 'unsigned'
  | 'stale'
  | 'bad-signature'
  | 'too-large'
  | 'busy'
  | 'over-connections'
  | 'timeout'
  | 'bad-request'
  | 'unauthorized'
  | 'rate-limited';

/** Counts refusals; logs the first of a window at once and the rest as one summary line per window. */
export interface RefusalLog {
  refuse(reason: RefusalReason): void;
  /** Writes the counts not yet logged (a server closing must not take them with it). */
  flush(): void;
}

export interface RefusalLogOptions {
  logger: Logger;
  /** Called for every refusal (metrics). */
  onRefused?: (reason: RefusalReason) => void;
  /** One log line per this many ms at most. Default 60,000. */
  windowMs?: number;
}

export function createRefusalLog(options: RefusalLogOptions): RefusalLog {
  const windowMs = options.windowMs ?? 60_000;
  let counts: Partial<Record<RefusalReason, number>> = {};
  let loggedAt = -Infinity;
  let timer: NodeJS.Timeout | undefined;
  const write = () => {
    timer = undefined;
    if (Object.keys(counts).length === 0) return;
    loggedAt = performance.now();
    // Counts only: a refused request's content is the attacker's, not worth a byte of log.
    options.logger.warn({ refused: counts, windowSeconds: windowMs / 1000 }, 'http: requests refused before authentication');
    counts = {};
  };
  return {
    flush() {
      if (timer) clearTimeout(timer);
      write();
    },
    refuse(reason) {
      options.onRefused?.(reason);
      counts[reason] = (counts[reason] ?? 0) + 1;
      const since = performance.now() - loggedAt;
      if (since >= windowMs) write();
      else if (!timer) {
        timer = setTimeout(write, windowMs - since);
        timer.unref();
      }
    },
  };
}

/** Options for `http.createServer` (and Bolt's `app.start(port, options)`) that bound slow clients. */
export function edgeServerOptions(limits: EdgeLimits = DEFAULT_EDGE_LIMITS): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the two timeouts above on this interval (default 30 s, far too coarse here).
    connectionsCheckingInterval: 1_000,
    maxHeaderSize: 16 * 1024,
  };
}

const STATUS_LINE: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Caps connections and answers broken or timed-out requests the way Node does, counting each in
 * the refusal log instead of leaving them unseen. Call once, right after the server is created.
 */
export function hardenServer(server: Server, refusals: RefusalLog, limits: EdgeLimits = DEFAULT_EDGE_LIMITS): void {
  server.maxConnections = limits.maxConnections;
  server.on('drop', () => refusals.refuse('over-connections'));
  server.on('close', () => refusals.flush());
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const status =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ECONNRESET' ? 0 : 400;
    if (status === 408) refusals.refuse('timeout');
    else if (status !== 0) refusals.refuse('bad-request');
    // As Node does by default: an answer only when nothing was written on this connection yet.
    if (status !== 0 && socket.writable && socket.bytesWritten === 0) {
      socket.end(`HTTP/1.1 ${status} ${STATUS_LINE[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    }
    socket.destroy();
  });
}

/**
 * Ends a request without keeping its body, and closes the connection once the answer is out.
 * By default the body is not read at all: the connection closes at once, whatever the client
 * still sends. With `drain`, the body is read and thrown away first (bounded by the request
 * timeout), so that a client still sending it can read the answer (a 413).
 */
export function refuseRequest(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
  options: { drain?: boolean } = {},
): void {
  const answer = () => {
    if (!res.headersSent) res.writeHead(status, { connection: 'close', 'content-length': '0', ...headers });
    res.end();
    res.once('finish', () => req.destroy());
    res.once('close', () => req.destroy());
  };
  if (options.drain && !req.complete) {
    req.once('end', answer);
    req.resume();
    return;
  }
  answer();
}

/**
 * A shared allowance of bytes for bodies not yet verified: each request reserves what it may
 * read, and gives it back when it ends, however it ends.
 */
export interface BodyBudget {
  /** True when `bytes` were reserved; they come back when `req` closes. */
  reserve(req: IncomingMessage, bytes: number): boolean;
  readonly inUse: number;
}

export function createBodyBudget(totalBytes: number): BodyBudget {
  let inUse = 0;
  return {
    reserve(req, bytes) {
      if (inUse + bytes > totalBytes) return false;
      inUse += bytes;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        inUse -= bytes;
      };
      req.once('close', release);
      req.once('end', release);
      req.once('error', release);
      return true;
    },
    get inUse() {
      return inUse;
    },
  };
}

/** True when the request carries `Authorization: Bearer <token>`; compared in constant time. */
export function hasBearer(req: IncomingMessage, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/** A fixed-window limit per client key, in process memory, bounded in the number of clients it tracks. */
export interface ClientLimiter {
  /** Counts one request of `client`; false once it is over the limit for this window. */
  allow(client: string): boolean;
  /** Seconds until the current window ends, for `Retry-After`. */
  retryAfterSeconds(): number;
}

export function createClientLimiter(options: { limit: number; windowMs: number; maxClients?: number; now?: () => number }): ClientLimiter {
  const now = options.now ?? (() => performance.now());
  const maxClients = options.maxClients ?? 10_000;
  let windowStart = now();
  let hits = new Map<string, number>();
  const roll = () => {
    const at = now();
    if (at - windowStart < options.windowMs) return;
    windowStart = at - ((at - windowStart) % options.windowMs);
    hits = new Map();
  };
  return {
    allow(client) {
      roll();
      const count = (hits.get(client) ?? 0) + 1;
      // A flood of distinct addresses fills the map at most this far; beyond it, new clients share one count.
      const key = hits.has(client) || hits.size < maxClients ? client : '*overflow*';
      hits.set(key, key === client ? count : (hits.get(key) ?? 0) + 1);
      return (hits.get(key) ?? 0) <= options.limit;
    },
    retryAfterSeconds() {
      return Math.max(1, Math.ceil((options.windowMs - (now() - windowStart)) / 1000));
    },
  };
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { blockProblems } from './block-limits.js';

/** One Web API call as the fake received it; `blocks` and other JSON fields are parsed. */
export interface ApiCall {
  method: string;
  args: Record<string, any>;
  token: string | undefined;
  /** performance.now() when it arrived. */
  at: number;
  /** Set when the fake answered with an error (a queued failure or invalid blocks). */
  failed?: string;
}

/** One POST to a `response_url` the fake handed out. */
export interface ResponseCall {
  id: string;
  body: Record<string, any>;
  at: number;
  failed?: string;
}

/**
 * How the next call of a method fails: 429 with Retry-After, a server error, `ok: false`, or a
 * hang (the request is read and never answered, as when Slack times out).
 */
export type Failure = { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { error: string } | { hang: true };

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  botUserId?: string;
  botId?: string;
  teamId?: string;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);

function parseBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

/**
 * A small Slack on 127.0.0.1: the Web API methods the bot calls (recording each call and
 * checking Block Kit limits like Slack does), `response_url`s, and a Socket Mode WebSocket
 * that `apps.connections.open` points to.
 */
export async function startFakeSlack(options: FakeSlackOptions = {}) {
  const botToken = options.botToken ?? 'xoxb-test-token';
  const appToken = options.appToken ?? 'xapp-test-token';
  const identity = { user_id: options.botUserId ?? 'UBOT', bot_id: options.botId ?? 'BBOT', team_id: options.teamId ?? 'T1' };
  const calls: ApiCall[] = [];
  const responses: ResponseCall[] = [];
  const failures = new Map<string, Failure[]>();
  const listeners = new Set<() => void>();
  const acks = new Map<string, Record<string, any>>();
  const sockets = new Set<WebSocket>();
  let tsCounter = 0;
  let responseCounter = 0;

  const notify = () => listeners.forEach((listener) => listener());
  const reply = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  function answerMethod(method: string, args: Record<string, any>, token: string | undefined): Record<string, unknown> {
    const expected = method === 'apps.connections.open' ? appToken : botToken;
    if (token !== expected) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.com/',
          team: 'Fake',
          user: 'careers-bot',
          bot_id: identity.bot_id,
          user_id: identity.user_id,
          team_id: identity.team_id,
        };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${port}/socket` };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts: `1700000000.${String(++tsCounter).padStart(6, '0')}`, message: { text: args.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1700000000.${String(++tsCounter).padStart(6, '0')}` };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'views.publish':
        return { ok: true, view: args.view };
      case 'conversations.open':
        // The app's DM with a user: one per user, as on Slack.
        return { ok: true, channel: { id: `D${String(args.users).replace(/^U/, '')}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = parseBody(await readBody(req), req.headers['content-type']);
    const at = performance.now();
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const token = req.headers.authorization?.replace(/^Bearer /, '') ?? body.token;
      const call: ApiCall = { method, args: body, token, at };
      calls.push(call);
      const failure = failures.get(method)?.shift();
      const problems = blockProblems(body.blocks ?? body.view?.blocks, method === 'views.publish' ? 100 : 50);
      if (failure && 'hang' in failure) {
        call.failed = 'timeout'; // never answered: the client gives up, or close() ends it
      } else if (failure && 'retryAfter' in failure) {
        call.failed = 'ratelimited';
        reply(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
      } else if (failure && 'status' in failure) {
        call.failed = `http_${failure.status}`;
        reply(res, failure.status, { ok: false, error: 'internal_error' });
      } else if (failure) {
        call.failed = failure.error;
        reply(res, 200, { ok: false, error: failure.error });
      } else if (problems.length > 0) {
        call.failed = 'invalid_blocks';
        reply(res, 200, { ok: false, error: 'invalid_blocks', errors: problems });
      } else {
        const result = answerMethod(method, body, token);
        if (result.ok === false) call.failed = String(result.error);
        reply(res, 200, result);
      }
    } else if (url.pathname.startsWith('/respond/')) {
      const call: ResponseCall = { id: url.pathname.slice('/respond/'.length), body, at };
      responses.push(call);
      const problems = blockProblems(body.blocks, 50);
      if (problems.length > 0) call.failed = 'invalid_blocks';
      reply(res, problems.length > 0 ? 400 : 200, problems.length > 0 ? { ok: false, errors: problems } : { ok: true });
    } else {
      reply(res, 404, { ok: false, error: 'not_found' });
    }
    notify();
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => reply(res, 500, { ok: false, error: String(error) }));
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/socket')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, any> };
        if (message.envelope_id) acks.set(message.envelope_id, message.payload ?? {});
        notify();
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
      notify();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;

  /** Resolves with the first value `probe` finds, checking now and after every recorded call. */
  function waitUntil<T>(probe: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = probe();
        if (found === undefined) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`fake Slack: timed out waiting for ${what}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  }

  let envelopeCounter = 0;
  return {
    url: baseUrl,
    apiUrl: `${baseUrl}/api/`,
    botToken,
    appToken,
    identity,
    calls,
    responses,
    /** A fresh response_url; its posts are recorded under the returned id. */
    responseUrl(): { id: string; url: string } {
      const id = `r${++responseCounter}`;
      return { id, url: `${baseUrl}/respond/${id}` };
    },
    /** Makes the next call of `method` fail (429 with Retry-After, a 5xx, `ok:false` or a hang); calls queue up. */
    failNext(method: string, failure: Failure) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    callsTo: (method: string) => calls.filter((c) => c.method === method && !c.failed),
    waitFor(method: string, predicate: (call: ApiCall) => boolean = () => true, timeoutMs?: number) {
      return waitUntil(() => calls.find((c) => c.method === method && !c.failed && predicate(c)), method, timeoutMs);
    },
    waitForResponse(predicate: (call: ResponseCall) => boolean = () => true, timeoutMs?: number) {
      return waitUntil(() => responses.find((r) => !r.failed && predicate(r)), 'a response_url post', timeoutMs);
    },
    waitForSocket: (timeoutMs?: number) => waitUntil(() => (sockets.size > 0 ? true : undefined), 'a Socket Mode connection', timeoutMs),
    /** Sends a Socket Mode envelope to every connected client; returns its envelope id. */
    sendEnvelope(
      type: 'events_api' | 'slash_commands' | 'interactive',
      payload: unknown,
      extra: { envelopeId?: string; retryAttempt?: number } = {},
    ) {
      const envelopeId = extra.envelopeId ?? `env-${++envelopeCounter}`;
      const envelope = {
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        ...(type === 'events_api' ? { retry_attempt: extra.retryAttempt ?? 0, retry_reason: extra.retryAttempt ? 'timeout' : '' } : {}),
      };
      for (const ws of sockets) ws.send(JSON.stringify(envelope));
      return envelopeId;
    },
    waitForAck: (envelopeId: string, timeoutMs?: number) => waitUntil(() => acks.get(envelopeId), `ack of ${envelopeId}`, timeoutMs),
    /** Cuts every Socket Mode connection without a close frame, as a network failure would. */
    dropSockets() {
      for (const ws of sockets) ws.terminate();
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

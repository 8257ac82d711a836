import type { IncomingMessage, ServerResponse } from 'node:http';
import { snowflake } from './snowflake.js';
import { messageObject, userObject, type FakeWorld } from './world.js';

/** One REST request the bot made, as the fake received it. */
export interface RecordedCall {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/123/token/callback`. */
  path: string;
  query: Record<string, string>;
  /** The JSON body as sent; `any` so tests can reach into payloads of every shape. */
  body: any;
  authorization: string | undefined;
  /** `performance.now()` when the request had been read. */
  at: number;
}

export interface Reply {
  status: number;
  body?: unknown;
}

/** Lets a test answer a request its own way (an error, a slow response); undefined falls through. */
export type Override = (call: RecordedCall) => Reply | Promise<Reply> | undefined;

interface RestState {
  world: FakeWorld;
  gatewayUrl: () => string;
  /** Interactions dispatched so far, by token: where their responses land. */
  interactions: Map<string, { id: string; channelId: string; guildId?: string }>;
  /** Each interaction's response message, by interaction id, so a test can click its buttons. */
  originals: Map<string, ReturnType<typeof messageObject>>;
  acknowledged: Set<string>;
  commands: Map<string, unknown[]>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  return (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : text;
}

function route(state: RestState, call: RecordedCall): Reply {
  const { world } = state;
  const [, a, b, c, d, e] = call.path.split('/');
  const key = `${call.method} /${a}`;
  const botMessage = (channelId: string, body: Record<string, unknown> = {}, guildId?: string) =>
    messageObject({
      channelId,
      guildId,
      author: world.botUser,
      content: body.content as string | undefined,
      embeds: body.embeds as unknown[] | undefined,
      components: body.components as unknown[] | undefined,
      flags: body.flags as number | undefined,
      messageReference: body.message_reference,
    });
  const viaToken = (token: string | undefined) => state.interactions.get(token ?? '');

  if (call.method === 'GET' && call.path === '/gateway/bot') {
    return {
      status: 200,
      body: {
        url: state.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
      },
    };
  }
  if (call.method === 'GET' && call.path === '/gateway') return { status: 200, body: { url: state.gatewayUrl() } };
  if (call.method === 'GET' && call.path === '/users/@me') return { status: 200, body: userObject(world.botUser) };
  if (call.method === 'GET' && call.path === '/applications/@me')
    return { status: 200, body: { id: world.applicationId, name: 'careers', flags: 0 } };
  if (key === 'PUT /applications' && b === world.applicationId && (c === 'commands' || (c === 'guilds' && e === 'commands'))) {
    const registered = (call.body as object[]).map((command) => ({
      ...command,
      id: snowflake(),
      application_id: world.applicationId,
      version: snowflake(),
    }));
    state.commands.set(call.path, registered);
    return { status: 200, body: registered };
  }
  if (key === 'POST /interactions' && d === 'callback') {
    // Discord accepts one initial response per interaction and rejects the rest.
    if (state.acknowledged.has(b!)) return { status: 400, body: { code: 40060, message: 'Interaction has already been acknowledged.' } };
    state.acknowledged.add(b!);
    const origin = viaToken(c);
    if (origin && (call.body?.type === 4 || call.body?.type === 5)) {
      state.originals.set(b!, botMessage(origin.channelId, call.body?.data ?? {}, origin.guildId));
    }
    if (call.query.with_response !== 'true') return { status: 204 };
    return { status: 200, body: { interaction: { id: b, type: 2 }, resource: { type: call.body?.type } } };
  }
  const origin = viaToken(c);
  if (key === 'PATCH /webhooks' && origin && e === '@original') {
    const original = state.originals.get(origin.id) ?? botMessage(origin.channelId, {}, origin.guildId);
    const edited = { ...original, ...call.body, edited_timestamp: new Date().toISOString() };
    state.originals.set(origin.id, edited);
    return { status: 200, body: edited };
  }
  if (key === 'DELETE /webhooks' && origin) return { status: 204 };
  if (key === 'POST /webhooks' && origin) return { status: 200, body: botMessage(origin.channelId, call.body, origin.guildId) };
  if (key === 'POST /channels' && c === 'messages') return { status: 200, body: botMessage(b!, call.body) };
  return { status: 404, body: { code: 0, message: '404: Not Found' } };
}

export function createRestHandler(
  state: RestState,
  calls: RecordedCall[],
  onCall: (call: RecordedCall) => void,
  override: () => Override | undefined,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = await readBody(req);
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, ''),
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
      at: performance.now(),
    };
    calls.push(call);
    let reply: Reply;
    try {
      reply = (await override()?.(call)) ?? route(state, call);
    } catch (error) {
      reply = { status: 500, body: { code: 0, message: String(error) } };
    }
    // Waiters hear of a call once its effects (e.g. the response message) are in place.
    onCall(call);
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status).end();
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  };
}

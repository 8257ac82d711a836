import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayDispatchEvents } from 'discord.js';
import { createGateway, type FakeGateway } from './fake-gateway.js';
import { createRestHandler, type Override, type RecordedCall } from './fake-rest.js';
import { channelIdOf, type BuiltInteraction, type Place } from './payloads.js';
import { shardOf } from './snowflake.js';
import { createWorld, type FakeWorld, type messageObject } from './world.js';

export interface FakeDiscordOptions {
  /** Servers to create, one per shard of this count. Default 1. */
  shards?: number;
  /** HELLO's heartbeat interval; short so tests see heartbeats. Default 1,000 ms. */
  heartbeatIntervalMs?: number;
}

/**
 * A small Discord on 127.0.0.1: the REST routes the bot calls (recorded in `calls`) and a
 * gateway speaking HELLO, IDENTIFY/RESUME, READY, heartbeats and dispatches. Point discord.js at
 * it with `rest: { api: fake.apiUrl }`; the gateway URL comes from its `/gateway/bot`.
 */
export interface FakeDiscord {
  apiUrl: string;
  gatewayUrl: string;
  world: FakeWorld;
  calls: RecordedCall[];
  gateway: FakeGateway;
  /** Answers REST calls a test's own way while set (errors, slowness). */
  override: Override | undefined;
  /** Dispatches INTERACTION_CREATE to the shard that owns its server; returns when it was sent. */
  interact(built: BuiltInteraction, place: Place): number;
  /** Dispatches MESSAGE_CREATE to the owning shard. */
  message(payload: { guild_id?: string; channel_id: string }): number;
  /** Resolves with the first recorded call (past or future) that matches. */
  waitForCall(match: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Calls made for one interaction: its callback and webhook edits or follow-ups. */
  callsFor(built: BuiltInteraction): RecordedCall[];
  /** The message an interaction's response created (after any edit), for clicking its buttons. */
  responseMessage(built: BuiltInteraction): object;
  close(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const shardCount = options.shards ?? 1;
  const world = createWorld(shardCount);
  const calls: RecordedCall[] = [];
  const listeners = new Set<(call: RecordedCall) => void>();
  const interactions = new Map<string, { id: string; channelId: string; guildId?: string }>();
  const originals = new Map<string, ReturnType<typeof messageObject>>();
  let base = '';
  const gatewayUrl = () => `${base.replace(/^http/, 'ws')}/gateway`;

  const fake = {} as FakeDiscord;
  const rest = createRestHandler(
    { world, gatewayUrl, interactions, originals, acknowledged: new Set(), commands: new Map() },
    calls,
    (call) => listeners.forEach((listener) => listener(call)),
    () => fake.override,
  );
  const server = createServer((req, res) => void rest(req, res));
  const gateway = createGateway(world, gatewayUrl, options.heartbeatIntervalMs ?? 1000);
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/gateway')) return socket.destroy();
    gateway.wss.handleUpgrade(req, socket, head, (ws) => gateway.wss.emit('connection', ws, req));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const shardFor = (guildId: string | undefined) => (guildId ? shardOf(guildId, shardCount) : 0);

  Object.assign(fake, {
    apiUrl: `${base}/api`,
    gatewayUrl: gatewayUrl(),
    world,
    calls,
    gateway,
    override: undefined,
    interact(built: BuiltInteraction, place: Place) {
      const guildId = place.kind === 'dm' ? undefined : place.guild.id;
      const user = (built.payload.member as { user?: { id: string } } | undefined)?.user ?? (built.payload.user as { id: string });
      interactions.set(built.token, { id: built.id, channelId: channelIdOf(place, { id: user.id, username: '' }), guildId });
      return gateway.dispatch(GatewayDispatchEvents.InteractionCreate, built.payload, shardFor(guildId));
    },
    message(payload: { guild_id?: string; channel_id: string }) {
      return gateway.dispatch(GatewayDispatchEvents.MessageCreate, payload, shardFor(payload.guild_id));
    },
    waitForCall(match: (call: RecordedCall) => boolean, timeoutMs = 5000) {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise<RecordedCall>((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(
            new Error(`fake Discord: no matching call within ${timeoutMs} ms; saw ${calls.map((c) => `${c.method} ${c.path}`).join(', ')}`),
          );
        }, timeoutMs);
        const listener = (call: RecordedCall) => {
          if (!match(call)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(call);
        };
        listeners.add(listener);
      });
    },
    callsFor(built: BuiltInteraction) {
      return calls.filter((c) => c.path.includes(`/${built.token}`));
    },
    responseMessage(built: BuiltInteraction) {
      const message = originals.get(built.id);
      if (!message) throw new Error(`fake Discord: interaction ${built.id} has no response message`);
      return message;
    },
    async close() {
      for (const client of gateway.wss.clients) client.terminate();
      gateway.wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  } satisfies Partial<FakeDiscord>);
  return fake;
}

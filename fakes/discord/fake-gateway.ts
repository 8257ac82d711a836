import { GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';
import { shardOf, snowflake } from './snowflake.js';
import { guildCreatePayload, userObject, type FakeWorld } from './world.js';

interface Frame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/** One gateway session: survives a dropped connection until the client RESUMEs it. */
export interface GatewaySession {
  id: string;
  shard: [number, number];
  seq: number;
  /** Every dispatch sent in this session, for replay on RESUME. */
  sent: Frame[];
  socket: WebSocket | null;
  identify: Record<string, unknown>;
  resumes: number;
}

export interface GatewayLog {
  identifies: Record<string, unknown>[];
  resumes: Record<string, unknown>[];
  heartbeats: number;
  connections: number;
}

export interface FakeGateway {
  wss: WebSocketServer;
  sessions: Map<number, GatewaySession>;
  log: GatewayLog;
  /** Sends a dispatch to a shard now, or queues it for replay when its connection is down. */
  dispatch(t: string, d: unknown, shard?: number): number;
  /** Cuts every connection without a close frame, as a network failure would. */
  drop(): void;
  /** Sends RECONNECT (op 7), as Discord does before moving a session to another server. */
  requestReconnect(shard?: number): void;
  waitForSession(shard: number, resumed?: number): Promise<GatewaySession>;
}

export function createGateway(world: FakeWorld, url: () => string, heartbeatIntervalMs: number): FakeGateway {
  const wss = new WebSocketServer({ noServer: true });
  const sessions = new Map<number, GatewaySession>();
  const log: GatewayLog = { identifies: [], resumes: [], heartbeats: 0, connections: 0 };
  const waiters: (() => void)[] = [];
  const notify = () => waiters.splice(0).forEach((wake) => wake());

  const send = (socket: WebSocket | null, frame: Frame) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  };
  const dispatch = (session: GatewaySession, t: string, d: unknown) => {
    const frame = { op: GatewayOpcodes.Dispatch, t, s: ++session.seq, d };
    session.sent.push(frame);
    send(session.socket, frame);
  };

  function identify(socket: WebSocket, d: Record<string, unknown>) {
    log.identifies.push(d);
    const [shardId, shardCount] = (d.shard as [number, number] | undefined) ?? [0, 1];
    const mine = world.guilds.filter((g) => shardOf(g.id, shardCount) === shardId);
    const session: GatewaySession = { id: snowflake(), shard: [shardId, shardCount], seq: 0, sent: [], socket, identify: d, resumes: 0 };
    sessions.get(shardId)?.socket?.terminate();
    sessions.set(shardId, session);
    dispatch(session, GatewayDispatchEvents.Ready, {
      v: 10,
      user: userObject(world.botUser),
      guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: url(),
      shard: [shardId, shardCount],
      application: { id: world.applicationId, flags: 0 },
    });
    for (const guild of mine) dispatch(session, GatewayDispatchEvents.GuildCreate, guildCreatePayload(guild, world));
    notify();
  }

  function resume(socket: WebSocket, d: { session_id: string; seq: number; token: string }) {
    log.resumes.push(d);
    const session = [...sessions.values()].find((s) => s.id === d.session_id);
    if (!session || session.identify.token !== d.token) {
      send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    session.socket = socket;
    session.resumes += 1;
    for (const frame of session.sent) if ((frame.s ?? 0) > d.seq) send(socket, frame);
    dispatch(session, GatewayDispatchEvents.Resumed, null);
    notify();
  }

  wss.on('connection', (socket) => {
    log.connections += 1;
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: heartbeatIntervalMs } });
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as Frame;
      if (frame.op === GatewayOpcodes.Heartbeat) {
        log.heartbeats += 1;
        send(socket, { op: GatewayOpcodes.HeartbeatAck });
      } else if (frame.op === GatewayOpcodes.Identify) identify(socket, frame.d as Record<string, unknown>);
      else if (frame.op === GatewayOpcodes.Resume) resume(socket, frame.d as { session_id: string; seq: number; token: string });
    });
    socket.on('close', () => {
      for (const session of sessions.values()) if (session.socket === socket) session.socket = null;
    });
  });

  return {
    wss,
    sessions,
    log,
    dispatch(t, d, shard = 0) {
      const session = sessions.get(shard);
      if (!session) throw new Error(`fake gateway: no session for shard ${shard}`);
      dispatch(session, t, d);
      return performance.now();
    },
    drop() {
      for (const client of wss.clients) client.terminate();
    },
    requestReconnect(shard = 0) {
      send(sessions.get(shard)?.socket ?? null, { op: GatewayOpcodes.Reconnect, d: null });
    },
    async waitForSession(shard, resumed = 0) {
      for (;;) {
        const session = sessions.get(shard);
        if (session?.socket && session.resumes >= resumed) return session;
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
  };
}

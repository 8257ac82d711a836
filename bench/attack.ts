import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { connect, type Socket } from 'node:net';
import { appMention, eventCallback, nextTs } from '../fakes/slack/payloads.js';
import { postSignedBody } from '../fakes/slack/signing.js';
import { percentile } from './stats.js';

/**
 * What an attacker and a hurried operator do to the running bot, as reusable pieces for the
 * chaos tests (small sizes) and `npm run bench:hardening` (the sizes of issue 16).
 */

/** Resident memory of a process in MiB, from /proc (Linux). */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

export interface HeldRequest {
  socket: Socket;
  /** The status the server answered with, or null when it closed without one. */
  status: Promise<number | null>;
  /** Milliseconds from connecting to the answer (or the close). */
  settledMs: Promise<number>;
}

export interface HoldOpenOptions {
  /** `none`: no signature headers. `forged`: well-formed headers, a current timestamp, a wrong HMAC. */
  signature: 'none' | 'forged';
  /** The body length announced; all but its last byte is sent, slowly enough to be a drip. */
  bodyBytes: number;
  path?: string;
}

/**
 * One POST that announces a body and holds back its last byte, as the memory attack of issue 16
 * did: the connection stays open until the server closes it.
 */
export function holdOpen(port: number, options: HoldOpenOptions): HeldRequest {
  const started = performance.now();
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  const headers = [
    `POST ${options.path ?? '/slack/events'} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Content-Length: ${options.bodyBytes}`,
  ];
  if (options.signature === 'forged') {
    headers.push(`X-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}`, `X-Slack-Signature: v0=${'0'.repeat(64)}`);
  }
  let received = '';
  let settle: (status: number | null) => void = () => undefined;
  const status = new Promise<number | null>((resolve) => (settle = resolve));
  const settledMs = status.then(() => performance.now() - started);
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => {
    received += chunk;
    const line = /^HTTP\/1\.1 (\d{3})/.exec(received);
    if (line) settle(Number(line[1]));
  });
  socket.on('close', () => settle(null));
  socket.on('connect', () => {
    socket.write(`${headers.join('\r\n')}\r\n\r\n`);
    // The body in 64 KiB pieces, as the network delivers it; the last byte never comes.
    let left = options.bodyBytes - 1;
    const piece = Buffer.alloc(64 * 1024, 'a');
    const more = () => {
      while (left > 0 && !socket.destroyed) {
        const size = Math.min(left, piece.length);
        left -= size;
        if (!socket.write(size === piece.length ? piece : piece.subarray(0, size))) return void socket.once('drain', more);
      }
    };
    more();
  });
  return { socket, status, settledMs };
}

/** Sockets that connect and send nothing at all (reading what the server says, so that a close is seen). */
export function idleConnections(port: number, count: number): Socket[] {
  return Array.from({ length: count }, () =>
    connect(port, '127.0.0.1')
      .on('error', () => undefined)
      .resume(),
  );
}

export interface AckStats {
  sent: number;
  acked: number;
  p50: number;
  p99: number;
  max: number;
  /** The `ts` of each event acked, for finding its answer. */
  ts: string[];
}

/** Sends `count` signed app_mention events, `concurrency` at a time, and times each ack. */
export async function signedAcks(
  eventsUrl: string,
  secret: string,
  count: number,
  options: { concurrency?: number; question?: string; agent?: Agent } = {},
): Promise<AckStats> {
  const agent = options.agent ?? new Agent({ keepAlive: true, maxSockets: options.concurrency ?? 4 });
  const times: number[] = [];
  const ts: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const eventTs = nextTs();
      const body = JSON.stringify(eventCallback(appMention(options.question ?? 'what is a crdt', { ts: eventTs, user: `UACK${i}` })));
      const started = performance.now();
      const status = await postSignedBody(eventsUrl, secret, body, agent).catch(() => 0);
      if (status === 200) {
        times.push(performance.now() - started);
        ts.push(eventTs);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  if (!options.agent) agent.destroy();
  const sorted = [...times].sort((a, b) => a - b);
  return { sent: count, acked: times.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0, ts };
}

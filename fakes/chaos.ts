import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { blockAction, appMention, eventCallback, nextTs } from './slack/payloads.js';
import { postSignedBody } from './slack/signing.js';
import { encodeFeedback } from '../adapters/slack/actions.js';
import { describePostgresFailure } from '../adapters/store/postgres-errors.js';
import { createTcpProxy, type TcpProxy } from './tcp-proxy.js';

/**
 * What the chaos tests of issue 16 share: a PostgreSQL schema of their own behind a TCP proxy
 * (the machine's server is never touched), folders that go when the test does, and Slack
 * deliveries signed as Slack signs them, sent to the running process.
 */

export interface ChaosDatabase {
  /** A DATABASE_URL for the bot: through the proxy, into this test's schema. */
  url: string;
  proxy: TcpProxy;
  /** Reads (or locks) the schema directly, around the proxy. */
  admin: pg.Client;
  sql(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  count(table: string): Promise<number>;
  dispose(): Promise<void>;
}

/** A PostgreSQL server to make schemas on (the shape of the tests' `testPostgres()`). */
export interface ChaosServer {
  host: string;
  port: number;
  user: string;
  /** Empty when the server trusts the user without one. */
  password: string;
  database: string;
}

let schemas = 0;

/**
 * A schema of its own on `server` (in tests: `testPostgres()`; in the bench: the server
 * `findPostgres` found or started), reached by the bot through a TCP proxy.
 */
export async function chaosDatabase(name: string, server: ChaosServer): Promise<ChaosDatabase> {
  const schema = `${name}_${process.pid}_${Date.now().toString(36)}_${schemas++}`;
  const admin = new pg.Client({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password || undefined,
    database: server.database,
    options: `-c search_path=${schema}`,
  });
  admin.on('error', () => undefined); // the server going away mid-test is the test's business
  await admin.connect().catch(async (error: Error) => {
    await admin.end().catch(() => undefined);
    throw new Error(describePostgresFailure(error, server, 'TEST_DATABASE_URL'));
  });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const proxy = await createTcpProxy(server);
  const auth = `${encodeURIComponent(server.user)}${server.password ? `:${encodeURIComponent(server.password)}` : ''}`;
  const url = `postgres://${auth}@127.0.0.1:${proxy.port}/${encodeURIComponent(server.database)}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const sql = async (text: string, params: unknown[] = []) => (await admin.query(text, params)).rows;
  return {
    url,
    proxy,
    admin,
    sql,
    count: async (table) => Number((await sql(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n),
    async dispose() {
      await proxy.close().catch(() => undefined);
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    },
  };
}

/** A temporary folder, removed by the returned function. */
export function scratch(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Sent {
  ts: string;
  user: string;
  status: number;
}

/** Sends signed app_mention events, `concurrency` at a time, each from its own user; resolves with what each got. */
export async function sendMentions(
  eventsUrl: string,
  secret: string,
  count: number,
  options: { concurrency?: number; prefix?: string; question?: string } = {},
): Promise<Sent[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency ?? 8 });
  const sent: Sent[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const ts = nextTs();
      const user = `U${options.prefix ?? 'C'}${i}`;
      const body = JSON.stringify(eventCallback(appMention(options.question ?? 'what is a crdt', { ts, user })));
      const status = await postSignedBody(eventsUrl, secret, body, agent).catch(() => 0);
      sent.push({ ts, user, status });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  agent.destroy();
  return sent;
}

/** A 👍 or 👎 click on the answer to `entryId`, by `user`, as Slack posts it (form-encoded, signed). */
export function voteBody(user: string, entryId: string, helpful: boolean, responseUrl: string): string {
  const element = {
    action_id: helpful ? 'feedback_up' : 'feedback_down',
    type: 'button',
    value: encodeFeedback({ key: entryId, question: 'q' }),
  };
  const message = { ts: nextTs(), thread_ts: nextTs() };
  return new URLSearchParams({ payload: JSON.stringify(blockAction(element, { message, user, responseUrl })) }).toString();
}

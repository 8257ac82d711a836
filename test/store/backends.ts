import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import type { Logger } from '../../src/ports.js';
import type { StoreConfig } from '../../adapters/store/config.js';
import { createStore, type StoreOptions } from '../../adapters/store/create-store.js';
import type { DatabaseStore } from '../../adapters/store/database-store.js';
import { describePostgresFailure } from '../../adapters/store/postgres-errors.js';
import type { TestPostgres } from './postgres-server.js';
import { createTcpProxy, type TcpProxy } from '../../fakes/tcp-proxy.js';

export const SALT = 'test-salt-0123456789abcdef';

/**
 * The PostgreSQL server of this run, chosen (or started) once by `postgres-server.ts`, the
 * global setup of the project the store tests run in.
 */
export function testPostgres(): TestPostgres {
  const server = inject('postgres');
  if (!server) throw new Error('No test PostgreSQL: run this file through vitest.config.ts, whose global setup provides one');
  return server;
}

/** Options for a `pg.Client` to the test server, or to a proxy in front of it (`port`). */
export const clientOptions = (server: TestPostgres, port = server.port) => ({
  host: server.host,
  port,
  user: server.user,
  password: server.password || undefined,
  database: server.database,
});

/** A URL to the test server through the proxy on `port` (the password, if any, encoded). */
export const proxiedUrl = (server: TestPostgres, port: number, password = server.password) =>
  `postgres://${encodeURIComponent(server.user)}${password ? `:${encodeURIComponent(password)}` : ''}@127.0.0.1:${port}/${encodeURIComponent(server.database)}`;

/** Connects `client`, or rejects with one line saying whether the login or the connection failed. */
export async function connectOrExplain(client: pg.Client, server: TestPostgres): Promise<void> {
  client.on('error', () => undefined); // a server going away mid-test is the test's business, not a crash
  await client.connect().catch(async (error: Error) => {
    await client.end().catch(() => undefined);
    throw new Error(describePostgresFailure(error, server, 'TEST_DATABASE_URL'));
  });
}

export interface LoggedLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg?: string;
}

/** A logger that keeps what it is told, for asserting on warnings. */
export function captureLogger(): Logger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const at = (level: LoggedLine['level']) => (obj: object, msg?: string) => void lines.push({ level, obj, msg });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface OpenOptions extends StoreOptions {
  keepQuestionText?: boolean;
  retentionDays?: number;
  salt?: string;
  logger?: Logger;
}

/** One empty database for one test; every store opened through it shares it. */
export interface TestDatabase {
  open(options?: OpenOptions): Promise<DatabaseStore>;
  /** Reads (or writes) the database directly, around the store. */
  sql(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Takes the database away from the stores (not from `sql`), as if it stopped. */
  stop(): Promise<void>;
  /** The database answers nothing, as if overloaded. Only where the backend can simulate it. */
  hang?(): void;
  start(): Promise<void>;
  /** Ends this test's connections from the server side (PostgreSQL only). */
  terminateConnections?(): Promise<number>;
  dispose(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

/** Options every test store gets: short timeouts, no timers the test does not ask for. */
const TEST_TUNING: StoreOptions = {
  readTimeoutMs: 250,
  writeTimeoutMs: 1500,
  cooldownMs: 100,
  purgeIntervalMs: false,
  flushIntervalMs: 60_000,
};

async function openWith(config: StoreConfig, stores: DatabaseStore[], options: OpenOptions) {
  const { keepQuestionText = true, retentionDays = 30, salt = SALT, logger = captureLogger(), ...tuning } = options;
  const store = await createStore({ ...config, salt, keepQuestionText, retentionDays }, logger, { ...TEST_TUNING, ...tuning });
  stores.push(store);
  return store;
}

export const sqliteBackend: Backend = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
    const path = join(dir, 'data', 'bot.sqlite');
    const stores: DatabaseStore[] = [];
    let direct: Database.Database | undefined;
    const db = () => (direct ??= new Database(path));
    let locker: Database.Database | undefined;
    const release = () => {
      locker?.exec('ROLLBACK');
      locker?.close();
      locker = undefined;
    };
    return {
      open: (options = {}) => openWith({ backend: 'sqlite', path, salt: SALT, keepQuestionText: true, retentionDays: 30 }, stores, options),
      async sql(text, params = []) {
        const statement = db().prepare(text);
        if (statement.reader) return statement.all(...params) as Record<string, unknown>[];
        statement.run(...params);
        return [];
      },
      // Another process holding the write lock: every write the store tries gets SQLITE_BUSY.
      async stop() {
        locker = new Database(path);
        locker.exec('BEGIN EXCLUSIVE');
      },
      start: async () => release(),
      async dispose() {
        try {
          release();
          for (const store of stores) await store.close().catch(() => undefined);
          direct?.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  },
};

let schemas = 0;

export const postgresBackend: Backend = {
  name: 'postgres',
  async create() {
    const server = testPostgres();
    // A schema per test, named after the process, so parallel runs never see each other's rows.
    const schema = `store_test_${process.pid}_${Date.now().toString(36)}_${schemas++}`;
    const applicationName = `store-test-${schema}`;
    const admin = new pg.Client({ ...clientOptions(server), options: `-c search_path=${schema}` });
    await connectOrExplain(admin, server);
    let proxy: TcpProxy | undefined;
    try {
      await admin.query(`CREATE SCHEMA ${schema}`);
      proxy = await createTcpProxy(server);
    } catch (error) {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await admin.end().catch(() => undefined);
      throw error;
    }
    const through = proxy;
    const stores: DatabaseStore[] = [];
    const config: StoreConfig = {
      backend: 'postgres',
      databaseUrl: proxiedUrl(server, through.port),
      salt: SALT,
      keepQuestionText: true,
      retentionDays: 30,
    };
    return {
      open: (options = {}) => openWith(config, stores, { schema, applicationName, ...options }),
      sql: async (text, params = []) => (await admin.query(text, params)).rows,
      stop: () => through.stop(),
      hang: () => through.hang(),
      start: () => through.start(),
      async terminateConnections() {
        const { rows } = await admin.query('SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1', [
          applicationName,
        ]);
        return rows.length;
      },
      // Every step runs whatever the one before did, so a failed test leaves nothing behind.
      async dispose() {
        try {
          await through.start();
          for (const store of stores) await store.close().catch(() => undefined);
          await through.close();
          await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        } finally {
          await admin.end().catch(() => undefined);
        }
      },
    };
  },
};

/**
 * A fresh database for each test of the calling suite, disposed after it however the test
 * ended. Returns the current one; a test never sees another test's database, even when a
 * setup failed.
 */
export function useTestDatabase(backend: Backend): () => TestDatabase {
  let current: TestDatabase | undefined;
  beforeEach(async () => {
    current = await backend.create();
  });
  afterEach(async () => {
    const done = current;
    current = undefined;
    await done?.dispose();
  });
  return () => {
    if (!current) throw new Error(`no ${backend.name} test database: its setup failed (see the hook error)`);
    return current;
  };
}

export const BACKENDS: Backend[] = [sqliteBackend, postgresBackend];

export const TABLES = ['questions', 'feedback', 'clicks', 'welcomes', 'claims', 'rate_limits', 'conversations'] as const;

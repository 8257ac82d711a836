import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Logger } from '../../src/ports.js';
import type { StoreConfig } from '../../adapters/store/config.js';
import { createStore, type StoreOptions } from '../../adapters/store/create-store.js';
import type { DatabaseStore } from '../../adapters/store/database-store.js';
import { createTcpProxy, type TcpProxy } from './tcp-proxy.js';

export const SALT = 'test-salt-0123456789abcdef';
export const PG = { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' };

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
const TEST_TUNING: StoreOptions = { readTimeoutMs: 250, writeTimeoutMs: 1500, cooldownMs: 100, purgeIntervalMs: false, flushIntervalMs: 60_000 };

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
        return statement.reader ? (statement.all(...params) as Record<string, unknown>[]) : (statement.run(...params), []);
      },
      // Another process holding the write lock: every write the store tries gets SQLITE_BUSY.
      async stop() {
        locker = new Database(path);
        locker.exec('BEGIN EXCLUSIVE');
      },
      start: async () => release(),
      async dispose() {
        release();
        for (const store of stores) await store.close();
        direct?.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

let schemas = 0;

export const postgresBackend: Backend = {
  name: 'postgres',
  async create() {
    // A schema per test, named after the process, so parallel runs never see each other's rows.
    const schema = `store_test_${process.pid}_${Date.now().toString(36)}_${schemas++}`;
    const applicationName = `store-test-${schema}`;
    const admin = new pg.Client({ ...PG, options: `-c search_path=${schema}` });
    await admin.connect().catch((error: Error) => {
      throw new Error(`PostgreSQL at ${PG.host}:${PG.port} is not reachable (${error.message}). Run .ci/ensure-postgres.sh.`);
    });
    await admin.query(`CREATE SCHEMA ${schema}`);
    const proxy: TcpProxy = await createTcpProxy(PG);
    const stores: DatabaseStore[] = [];
    const config: StoreConfig = {
      backend: 'postgres',
      databaseUrl: `postgres://${PG.user}@127.0.0.1:${proxy.port}/${PG.database}`,
      salt: SALT,
      keepQuestionText: true,
      retentionDays: 30,
    };
    return {
      open: (options = {}) => openWith(config, stores, { schema, applicationName, ...options }),
      sql: async (text, params = []) => (await admin.query(text, params)).rows,
      stop: () => proxy.stop(),
      hang: () => proxy.hang(),
      start: () => proxy.start(),
      async terminateConnections() {
        const { rows } = await admin.query(
          'SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1',
          [applicationName],
        );
        return rows.length;
      },
      async dispose() {
        await proxy.start();
        for (const store of stores) await store.close();
        await proxy.close();
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      },
    };
  },
};

export const BACKENDS: Backend[] = [sqliteBackend, postgresBackend];

export const TABLES = ['questions', 'feedback', 'clicks', 'welcomes', 'claims', 'rate_limits'] as const;

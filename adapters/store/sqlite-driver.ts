import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { insertSql, MIGRATIONS_TABLE, type Migration, type Row, type SqlDriver, type SqlValue } from './driver.js';

export interface SqliteDriverOptions {
  /** The database file; its folder is created when missing. `:memory:` works for throwaway use. */
  path: string;
  /**
   * How long a write waits for another process's lock, in ms. Default 25. better-sqlite3 is
   * synchronous, so this wait blocks the event loop: it must stay far below an answer's budget.
   */
  busyTimeoutMs?: number;
}

/**
 * The database holds hashed user ids and question texts: only its owner may read it. The file is
 * made 0600 before SQLite opens it (SQLite gives its -wal and -shm files the same mode), in a
 * folder made 0700; files an older version made 0644 are tightened.
 */
function keepPrivate(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      if (existsSync(file)) chmodSync(file, 0o600);
    } catch {
      // Not ours to change (a read-only mount): SQLite still opens it.
    }
  }
}

interface Prepared {
  statement: Database.Statement;
  /** For each `?` in order, which `$n` parameter it takes (SQLite's `?NNN` does not bind from arrays). */
  order: number[];
}

/** The embedded database: one file, no server, safe for several processes on one machine. */
export function createSqliteDriver(options: SqliteDriverOptions): SqlDriver {
  if (options.path !== ':memory:') keepPrivate(options.path);
  const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 25 });
  // WAL: the report reads while the bot writes, and a commit is one append to the log. NORMAL
  // syncs at checkpoints: a committed write survives the process being killed (the kernel has
  // it), and only a power cut can take the last ones. The bot commits as soon as a record is
  // made, so a vote is in the file before "Thanks" is shown.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const cache = new Map<string, Prepared>();
  const dialect = { kind: 'sqlite', serialKey: 'INTEGER PRIMARY KEY AUTOINCREMENT' } as const;

  const prepare = (sql: string): Prepared => {
    let prepared = cache.get(sql);
    if (!prepared) {
      const order: number[] = [];
      const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
        order.push(Number(n) - 1);
        return '?';
      });
      prepared = { statement: db.prepare(text), order };
      cache.set(sql, prepared);
    }
    return prepared;
  };
  const bind = (prepared: Prepared, params: readonly SqlValue[]) => prepared.order.map((i) => params[i] ?? null);

  // Async on the outside so that both drivers share one interface; errors become rejections.
  return {
    dialect,
    async query(sql, params = []) {
      const prepared = prepare(sql);
      const values = bind(prepared, params);
      if (prepared.statement.reader) return prepared.statement.all(...values) as Row[];
      prepared.statement.run(...values);
      return [];
    },
    async execute(sql, params = []) {
      const prepared = prepare(sql);
      return prepared.statement.run(...bind(prepared, params)).changes;
    },
    async insertMany(table, columns, rows, insert = {}) {
      const prepared = prepare(insertSql(table, columns, 1, insert.onConflict));
      db.transaction(() => {
        for (const row of rows) prepared.statement.run(...bind(prepared, row));
      })();
    },
    async migrate(migrations: readonly Migration[]) {
      // IMMEDIATE takes the write lock before reading the applied versions: two processes
      // starting together apply each migration once.
      return db
        .transaction(() => {
          db.exec(MIGRATIONS_TABLE);
          const rows = db.prepare('SELECT version FROM store_migrations').all() as { version: number }[];
          const done = new Set(rows.map((row) => Number(row.version)));
          const applied: number[] = [];
          for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
            if (done.has(migration.version)) continue;
            for (const statement of migration.statements(dialect)) db.exec(statement);
            db.prepare('INSERT INTO store_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
              migration.version,
              migration.name,
              Date.now(),
            );
            applied.push(migration.version);
          }
          return applied;
        })
        .immediate();
    },
    // Synchronous: nothing ever waits for a connection.
    abortWaiting() {},
    async close() {
      if (db.open) db.close();
    },
  };
}

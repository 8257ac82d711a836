import { mkdirSync } from 'node:fs';
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

interface Prepared {
  statement: Database.Statement;
  /** For each `?` in order, which `$n` parameter it takes (SQLite's `?NNN` does not bind from arrays). */
  order: number[];
}

/** The embedded database: one file, no server, safe for several processes on one machine. */
export function createSqliteDriver(options: SqliteDriverOptions): SqlDriver {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 25 });
  // WAL lets the report read while the bot writes; NORMAL is durable enough for analytics.
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
      const prepared = prepare(insertSql(table, columns, 1, insert.ignoreDuplicates));
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
    async close() {
      if (db.open) db.close();
    },
  };
}

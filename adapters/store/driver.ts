/** A value either database binds as it is: booleans are stored as 0/1, times as epoch milliseconds. */
export type SqlValue = string | number | null;

export type Row = Record<string, unknown>;

/** The differences between the two databases that the schema has to spell out. */
export interface Dialect {
  kind: 'sqlite' | 'postgres';
  /** An auto-numbered primary key column type. */
  serialKey: string;
}

/** One step of the schema. Applied once, in order of `version`, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  statements: (dialect: Dialect) => string[];
}

/**
 * The little the store needs from a database. SQL is written once, with `$1`-style
 * parameters, and runs on both: each driver translates what differs.
 */
export interface SqlDriver {
  readonly dialect: Dialect;
  /**
   * Runs one statement; resolves to the rows it returns (empty for a plain write). `timeoutMs`
   * bounds the round trip once the statement is sent, not the wait for a connection: a process
   * busy with a burst must not take its own queue for a database that does not answer.
   */
  query(sql: string, params?: readonly SqlValue[], timeoutMs?: number): Promise<Row[]>;
  /** Runs one write; resolves to how many rows it changed. */
  execute(sql: string, params?: readonly SqlValue[], timeoutMs?: number): Promise<number>;
  /** Inserts rows in one transaction, so a batch is written whole or not at all. */
  insertMany(table: string, columns: readonly string[], rows: readonly SqlValue[][], options?: InsertOptions): Promise<void>;
  /**
   * Applies the migrations not yet recorded in `store_migrations`, holding a lock so that two
   * processes starting together do not both apply them. Resolves to the versions it applied.
   */
  migrate(migrations: readonly Migration[], timeoutMs?: number): Promise<number[]>;
  /**
   * Fails every statement still waiting for a connection with `reason` (the store gave up on the
   * database: those waiting are answered from memory instead). Statements under way carry on.
   */
  abortWaiting(reason: Error): void;
  close(): Promise<void>;
}

export interface InsertOptions {
  /**
   * What a row whose key exists already does, as SQL both databases take: `ON CONFLICT DO
   * NOTHING` (first writer wins: a batch written twice lands once), or an upsert
   * `ON CONFLICT (key) DO UPDATE SET ...`. Without it a duplicate fails the batch.
   */
  onConflict?: string;
  timeoutMs?: number;
}

/** Builds `INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4) [onConflict]` for `rows` rows. */
export function insertSql(table: string, columns: readonly string[], rows: number, onConflict = ''): string {
  const tuples = Array.from({ length: rows }, (_, row) => {
    const start = row * columns.length;
    return `(${columns.map((_, col) => `$${start + col + 1}`).join(', ')})`;
  });
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${onConflict ? ` ${onConflict}` : ''}`;
}

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS store_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;

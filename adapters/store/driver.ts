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
  /** Runs one statement; resolves to the rows it returns (empty for a plain write). */
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
  close(): Promise<void>;
}

export interface InsertOptions {
  /** Skips rows whose key exists already (first writer wins) instead of failing the batch. */
  ignoreDuplicates?: boolean;
  timeoutMs?: number;
}

/** Builds `INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)` for `rows` rows. */
export function insertSql(table: string, columns: readonly string[], rows: number, ignoreDuplicates = false): string {
  const tuples = Array.from({ length: rows }, (_, row) => {
    const start = row * columns.length;
    return `(${columns.map((_, col) => `$${start + col + 1}`).join(', ')})`;
  });
  const conflict = ignoreDuplicates ? ' ON CONFLICT DO NOTHING' : '';
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${conflict}`;
}

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS store_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;

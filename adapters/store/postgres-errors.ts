/** Where a PostgreSQL URL points, without its password: safe to print. */
export interface PostgresTarget {
  host: string;
  port: number;
  user: string;
  database: string;
}

/**
 * The parts of a `postgres://` URL that may be shown to a person (never the password).
 *
 * @example
 * postgresTarget('postgres://bot:secret@db:5432/bot'); // { host: 'db', port: 5432, user: 'bot', database: 'bot' }
 */
export function postgresTarget(url: string): PostgresTarget {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || 'localhost',
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || 'postgres',
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres',
  };
}

/** `db:5432/bot`, for messages. */
export const describeTarget = (target: PostgresTarget) => `${target.host}:${target.port}/${target.database}`;

export type PostgresFailureKind = 'login' | 'no-database' | 'unreachable' | 'other';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET']);

/**
 * Why a connection failed, in the terms a person acts on: the login was refused (user or
 * password), the database does not exist, the server cannot be reached, or something else.
 */
export function classifyPostgresFailure(error: unknown): PostgresFailureKind {
  const { code, message = '' } = (error ?? {}) as { code?: unknown; message?: string };
  // 28P01 invalid_password, 28000 invalid_authorization_specification (pg_hba refused the user).
  if (code === '28P01' || code === '28000') return 'login';
  // pg's own SASL error when the server asks for a password and the URL has none.
  if (/SASL|client password must be a string|password authentication/i.test(message)) return 'login';
  if (code === '3D000') return 'no-database';
  if (typeof code === 'string' && UNREACHABLE.has(code)) return 'unreachable';
  if (/timeout|terminated unexpectedly|ECONNREFUSED/i.test(message)) return 'unreachable';
  return 'other';
}

/**
 * One line saying what went wrong with a PostgreSQL server and what to check, e.g.
 * `PostgreSQL at db:5432/bot refused the login for user "bot" (password authentication failed
 * for user "bot"): check the user and password in DATABASE_URL`.
 */
export function describePostgresFailure(error: unknown, target: PostgresTarget, variable = 'DATABASE_URL'): string {
  const reason = error instanceof Error ? error.message : String(error);
  const where = `PostgreSQL at ${describeTarget(target)}`;
  switch (classifyPostgresFailure(error)) {
    case 'login':
      return `${where} refused the login for user "${target.user}" (${reason}): check the user and password in ${variable}`;
    case 'no-database':
      return `${where}: the server is up but has no database "${target.database}" (${reason}): create it or fix the name in ${variable}`;
    case 'unreachable':
      return `${where} is not reachable (${reason}): is the server running, and are the host and port in ${variable} right?`;
    default:
      return `${where} failed (${reason})`;
  }
}

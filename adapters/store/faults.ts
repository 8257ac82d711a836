/** Time limits and error triage: what lets the store fail fast and keep what is worth retrying. */

export class StoreTimeout extends Error {
  readonly code = 'STORE_TIMEOUT';
  constructor(what: string, ms: number) {
    super(`store: ${what} took longer than ${ms} ms`);
  }
}

/** Rejects with a `STORE_TIMEOUT` error when `work` takes longer than `ms`; the work itself carries on. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeout(what, ms)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Errors worth waiting out: no connection, a timeout, a busy or full database. Anything else
 * (a constraint, a missing table) would fail again, so its batch is dropped instead.
 */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // pg's own connection errors ("Connection terminated unexpectedly") carry no code.
  if (typeof code !== 'string') return true;
  return /^(STORE_TIMEOUT|E[A-Z]+$|08|40|53|57|58|SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY|PROTOCOL|NOMEM))/.test(code);
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

/**
 * Errors that say the database cannot be reached at all (no connection, connection lost), as
 * opposed to a database that is busy or slow (a timeout, a lock) or refuses one statement. Only
 * these let shared state fall back to process memory at once.
 */
export function isUnreachable(error: unknown): boolean {
  const { code, message = '' } = (error ?? {}) as { code?: unknown; message?: string };
  // A connection that took too long to open says as little as a slow statement: a process busy
  // with a burst opens its connections late. A server that never answers is found by the round trip.
  if (/timeout/i.test(message)) return false;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^(08|57P0[1-3])/.test(code))) return true;
  if (typeof code === 'string' && /^SQLITE_(CANTOPEN|IOERR|NOTADB|CORRUPT)/.test(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Connection refused|Client has encountered a connection error/i.test(
    message,
  );
}

/** A time limit ran out: ours (`STORE_TIMEOUT`) or the driver's own (pg's `query_timeout`). */
export function isTimeout(error: unknown): boolean {
  if (error instanceof StoreTimeout) return true;
  return /Query read timeout|query timeout/i.test((error as { message?: string } | null)?.message ?? '');
}

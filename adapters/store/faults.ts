/** Time limits and error triage: what lets the store fail fast and keep what is worth retrying. */

class StoreTimeout extends Error {
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

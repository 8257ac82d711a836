import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'admin_session';
/** How long a sign-in lasts. */
export const SESSION_MS = 12 * 3_600_000;

/**
 * Sessions signed with a key derived from ADMIN_TOKEN: nothing is kept in memory or in the
 * store, so every replica behind a load balancer accepts the same cookie, and changing the token
 * signs everyone out. A CSRF token is derived from the session, so a form is only good for it.
 */
export interface Sessions {
  /** True when `given` is the admin token (constant time). */
  isToken(given: string): boolean;
  /** A new session value for the cookie. */
  create(): string;
  /** True for a session this token signed that has not expired. */
  isValid(value: string | undefined): boolean;
  /** The CSRF token of a session, for its forms. */
  csrfFor(value: string): string;
  /** True when `given` is the CSRF token of the session (constant time). */
  isCsrf(value: string, given: string | undefined): boolean;
}

const digest = (text: string) => createHash('sha256').update(text).digest();
const sameText = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

export function createSessions(token: string, now: () => number = Date.now): Sessions {
  const key = digest(`admin-session:${token}`);
  const mac = (text: string) => createHmac('sha256', key).update(text).digest('base64url');
  return {
    isToken: (given) => sameText(given, token),
    create() {
      const body = `${now() + SESSION_MS}.${randomBytes(18).toString('base64url')}`;
      return `${body}.${mac(`session:${body}`)}`;
    },
    isValid(value) {
      const match = /^(\d{1,15})\.([\w-]{24})\.([\w-]{43})$/.exec(value ?? '');
      if (!match) return false;
      return sameText(match[3]!, mac(`session:${match[1]}.${match[2]}`)) && Number(match[1]) > now();
    },
    csrfFor: (value) => mac(`csrf:${value}`),
    isCsrf: (value, given) => given !== undefined && sameText(given, mac(`csrf:${value}`)),
  };
}

/** A cookie of the request by name. */
export function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** True when the request came over HTTPS to a proxy in front of the bot (the cookie is then Secure). */
const overHttps = (req: IncomingMessage) => /^https\b/i.test(String(req.headers['x-forwarded-proto'] ?? ''));

/** `Set-Cookie` for a session: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), the console's path only. */
export function sessionCookie(req: IncomingMessage, value: string, maxAgeSeconds = SESSION_MS / 1000): string {
  return `${SESSION_COOKIE}=${value}; Path=/admin; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${overHttps(req) ? '; Secure' : ''}`;
}

/**
 * Failed sign-ins per client address, and in all: past `perClient` failures an address waits
 * until its window ends; past `total` failures from everywhere, every sign-in waits (a token
 * guessed from many addresses at once). Bounded in the addresses it remembers.
 */
export interface SignInThrottle {
  /** Seconds this client must wait before trying again; 0 when it may try now. */
  waitSeconds(client: string): number;
  failed(client: string): void;
}

export function createSignInThrottle(
  options: { perClient?: number; total?: number; windowMs?: number; now?: () => number } = {},
): SignInThrottle {
  const perClient = options.perClient ?? 5;
  const total = options.total ?? 100;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? (() => performance.now());
  let windowStart = now();
  let failures = new Map<string, number>();
  let all = 0;
  const roll = () => {
    if (now() - windowStart < windowMs) return;
    windowStart = now();
    failures = new Map();
    all = 0;
  };
  return {
    waitSeconds(client) {
      roll();
      const over = (failures.get(client) ?? 0) >= perClient || all >= total;
      return over ? Math.max(1, Math.ceil((windowMs - (now() - windowStart)) / 1000)) : 0;
    },
    failed(client) {
      roll();
      all += 1;
      if (failures.has(client) || failures.size < 10_000) failures.set(client, (failures.get(client) ?? 0) + 1);
    },
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdminConsole } from '../../adapters/admin/console.js';
import type { SignInThrottle } from '../../adapters/admin/session.js';
import { healthRoutes, startHealthServer } from '../../adapters/runtime/health.js';
import { createRefusalLog } from '../../adapters/runtime/http-edge.js';
import { createMetrics } from '../../adapters/runtime/metrics.js';
import { createStore, type DatabaseStore } from '../../adapters/store/index.js';
import { createBot, loadContent, silentLogger, type Bot } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';

export const TOKEN = 'admin-token-0123456789abcdef';
let content: ReturnType<typeof loadContent> | undefined;

export interface ConsoleHarness {
  base: string;
  bot: Bot;
  store: DatabaseStore;
  close(): Promise<void>;
}

/** The console as the bot serves it: a bot over the real content, a SQLite store, the health server with /admin mounted. */
export async function startConsole(options: { throttle?: SignInThrottle; now?: () => number } = {}): Promise<ConsoleHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'admin-test-'));
  const store = await createStore(
    { backend: 'sqlite', path: join(dir, 'bot.sqlite'), salt: 'admin-test-salt-0123456789', keepQuestionText: true, retentionDays: 30 },
    silentLogger,
    { purgeIntervalMs: false, flushIntervalMs: 50, now: options.now },
  );
  const bot = createBot({ knowledgeBase: (content ??= loadContent(REAL_CONTENT)), store });
  const refusals = createRefusalLog({ logger: silentLogger });
  const admin = createAdminConsole({ bot, store: store.learning, token: TOKEN, logger: silentLogger, throttle: options.throttle });
  const server: Server = await startHealthServer(healthRoutes(createMetrics(), {}), 0, { refusals, host: '127.0.0.1', mounts: [admin] });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    bot,
    store,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Posts a form, without following redirects. */
export const post = (url: string, fields: Record<string, string | string[]>, cookie?: string) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  return fetch(url, { method: 'POST', body, redirect: 'manual', headers: { ...FORM, ...(cookie ? { cookie } : {}) } });
};

/** Signs in with the token; resolves to the `Cookie` header value to send. */
export async function signIn(base: string, token = TOKEN): Promise<string> {
  const res = await post(`${base}/admin/sign-in`, { token });
  const cookie = res.headers.get('set-cookie');
  if (res.status !== 303 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie.split(';')[0]!;
}

export const get = (url: string, cookie?: string) => fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });

/** The CSRF token of the page's first form. */
export const csrfOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

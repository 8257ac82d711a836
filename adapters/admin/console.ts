import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot, Logger } from '../../src/index.js';
import type { MountedRoutes } from '../runtime/health.js';
import type { AdminStore } from '../store/learning-store.js';
import { html, type SafeHtml } from './html.js';
import { page, SECURITY_HEADERS, type Section } from './layout.js';
import { overviewBody } from './pages/overview.js';
import { periodOf } from './pages/period.js';
import { signInBody } from './pages/sign-in.js';
import { tryBody } from './pages/try-it.js';
import { unansweredBody } from './pages/unanswered.js';
import { cookieOf, createSessions, createSignInThrottle, SESSION_COOKIE, sessionCookie, type SignInThrottle } from './session.js';
import { groupVariants } from './variants.js';

export interface AdminConsoleOptions {
  bot: Bot;
  store: AdminStore;
  /** ADMIN_TOKEN: what signs in, and the key sessions are signed with. */
  token: string;
  logger: Logger;
  /** Wall clock, epoch ms. Default `Date.now`. */
  now?: () => number;
  throttle?: SignInThrottle;
}

const DAY_MS = 86_400_000;
/** Largest form read: a row's variants and a token, never more. */
const MAX_FORM_BYTES = 64 * 1024;
/** Rows of misses read from the store, before variants are folded; rows shown. */
const MISSED_READ = 200;
const MISSED_SHOWN = 50;
const RATED_SHOWN = 20;

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a urlencoded form, refusing anything else or anything large. */
function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
      reject(new HttpProblem(415, 'Send the form as application/x-www-form-urlencoded.'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) {
        reject(new HttpProblem(413, 'The form is too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** A form posted from another site (its Origin is not this host) is refused whatever it carries. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * The admin console at `/admin`: sign-in with ADMIN_TOKEN, an overview of use, the unanswered
 * questions with one-click learning, the lowest-rated answers and a "try it" box. Server-rendered
 * HTML, no script; every change is a POST carrying the session's CSRF token.
 */
export function createAdminConsole(options: AdminConsoleOptions): MountedRoutes {
  const { bot, store, logger } = options;
  const now = options.now ?? Date.now;
  const sessions = createSessions(options.token, now);
  const throttle = options.throttle ?? createSignInThrottle();

  const send = (res: ServerResponse, status: number, body: SafeHtml, headers: Record<string, string> = {}) => {
    const text = body.text;
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    });
    res.end(text);
  };
  const redirect = (res: ServerResponse, to: string, headers: Record<string, string> = {}) => {
    res.writeHead(303, { ...SECURITY_HEADERS, location: to, 'content-length': '0', ...headers });
    res.end();
  };
  const show = (res: ServerResponse, title: string, section: Section, body: SafeHtml, csrf?: string, status = 200) =>
    send(res, status, page(title, section, body, csrf));
  const period = (days: number) => ({ since: now() - days * DAY_MS, until: now() + 1 });

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const client = req.socket.remoteAddress ?? 'unknown';
    const wait = throttle.waitSeconds(client);
    if (wait > 0) {
      logger.warn({ client }, 'admin: sign-in throttled after wrong tokens');
      return send(res, 429, page('Sign in', 'sign-in', signInBody(`Too many wrong tokens. Try again in ${wait} s.`)), {
        'retry-after': String(wait),
      });
    }
    const form = await readForm(req);
    if (!sessions.isToken(form.get('token') ?? '')) {
      throttle.failed(client);
      logger.warn({ client }, 'admin: wrong token');
      return show(res, 'Sign in', 'sign-in', signInBody('That is not the admin token.'), undefined, 401);
    }
    redirect(res, '/admin/overview', { 'set-cookie': sessionCookie(req, sessions.create()) });
  }

  async function change(req: IncomingMessage, res: ServerResponse, path: string, session: string): Promise<void> {
    const form = await readForm(req);
    if (!sessions.isCsrf(session, form.get('csrf') ?? undefined))
      throw new HttpProblem(403, 'The form is stale or was not sent from the console. Reload the page and try again.');
    const days = periodOf(new URL(`http://x/?days=${encodeURIComponent(form.get('days') ?? '')}`));
    if (path === '/admin/sign-out') return redirect(res, '/admin/sign-in', { 'set-cookie': sessionCookie(req, '', 0) });
    const questions = form
      .getAll('question')
      .map((q) => q.trim())
      .filter((q) => q !== '' && q.length <= 500);
    if (questions.length === 0 || questions.length > 50) throw new HttpProblem(400, 'The form names no question to learn from.');
    if (path === '/admin/reject') {
      for (const question of questions) await store.reject(question);
      logger.info({ rejected: questions.length }, 'admin: questions rejected');
      return redirect(res, `/admin/unanswered?days=${days}&done=rejected`);
    }
    if (path === '/admin/accept') {
      const entryId = form.get('entry') ?? '';
      if (!bot.knowledgeBase.byId.has(entryId)) throw new HttpProblem(400, 'The form names no entry of the current content.');
      for (const question of questions) await store.accept(question, entryId);
      // This replica answers at once; the others on their next read of the store.
      bot.learn(questions.map((question) => ({ entryId, question })));
      logger.info({ entryId, accepted: questions.length }, 'admin: alternate questions accepted');
      return redirect(res, `/admin/unanswered?days=${days}&done=accepted&entry=${encodeURIComponent(entryId)}`);
    }
    throw new HttpProblem(404, 'There is no such action.');
  }

  async function view(res: ServerResponse, url: URL, session: string): Promise<void> {
    const csrf = sessions.csrfFor(session);
    const days = periodOf(url);
    const { since, until } = period(days);
    switch (url.pathname) {
      case '/admin':
      case '/admin/':
        return redirect(res, '/admin/overview');
      case '/admin/overview':
        return show(res, 'Overview', 'overview', overviewBody(await store.daily(since, until), days, since, until), csrf);
      case '/admin/unanswered': {
        const [missed, rated] = await Promise.all([store.missed(since, until, MISSED_READ), store.lowestRated(since, until, RATED_SHOWN)]);
        const entry = bot.knowledgeBase.byId.get(url.searchParams.get('entry') ?? '');
        const done = url.searchParams.get('done');
        const notice =
          done === 'accepted' && entry
            ? `Added as an alternate question of “${entry.title}”.`
            : done === 'rejected'
              ? 'Rejected: it no longer shows here.'
              : undefined;
        const groups = groupVariants(missed).slice(0, MISSED_SHOWN);
        return show(res, 'Unanswered', 'unanswered', unansweredBody(bot, { groups, rated, days, csrf, notice }), csrf);
      }
      case '/admin/try': {
        const question = (url.searchParams.get('q') ?? '').slice(0, 4000);
        return show(res, 'Try it', 'try', tryBody(question, question.trim() ? bot.explain(question) : null), csrf);
      }
      default:
        return show(res, 'Not found', 'overview', html`<h1>Not found</h1><p>There is no such page.</p>`, csrf, 404);
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method !== 'GET' && req.method !== 'POST') throw new HttpProblem(405, 'Only GET and POST.');
    if (req.method === 'POST' && !sameOrigin(req)) throw new HttpProblem(403, 'The form was not sent from the console.');
    if (path === '/admin/sign-in') {
      if (req.method === 'POST') return signIn(req, res);
      return show(res, 'Sign in', 'sign-in', signInBody());
    }
    const session = cookieOf(req, SESSION_COOKIE);
    // Nothing of the console without a session: not a page, not an action.
    if (session === undefined || !sessions.isValid(session)) {
      req.resume();
      return redirect(res, '/admin/sign-in');
    }
    if (req.method === 'POST') return change(req, res, path, session);
    return view(res, url, session);
  }

  return {
    prefix: '/admin',
    handle(req, res) {
      route(req, res).catch((error: unknown) => {
        const problem =
          error instanceof HttpProblem ? error : new HttpProblem(503, 'The store could not be read or written. Try again in a moment.');
        if (!(error instanceof HttpProblem)) logger.warn({ err: error }, 'admin: request failed');
        if (res.headersSent) return res.destroy();
        req.resume();
        send(
          res,
          problem.status,
          page(
            'Problem',
            'sign-in',
            html`<h1>Problem</h1><p>${problem.message}</p><p><a href="/admin/overview">Back to the console</a></p>`,
          ),
        );
      });
    },
  };
}

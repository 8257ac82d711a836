import type { ServerResponse } from 'node:http';
import { MAX_QUESTION_CHARS, type Bot } from '../../src/index.js';
import type { HealthRoute } from '../runtime/health.js';
import { createClientLimiter, hasBearer, type RefusalLog } from '../runtime/http-edge.js';
import { toJson } from '../cli/json.js';

export interface AskRouteOptions {
  /** When set, only `Authorization: Bearer <token>` is answered (HTTP_API_TOKEN). */
  token?: string;
  /** Questions per client address per window (HTTP_API_RATE_LIMIT, HTTP_API_RATE_WINDOW_SECONDS). */
  rateLimit: { limit: number; windowMs: number };
  /** Where refused requests are counted. */
  refusals: RefusalLog;
  /**
   * Share of each second the API may spend answering, whoever asks (0–1; 1 for no limit). Beyond
   * it, 503 until the next second: many clients under their own limits must still leave the event
   * loop to the chat platforms, whose acknowledgements have 3 s. Default 0.25.
   */
  cpuShare?: number;
  /** Milliseconds, for the CPU share and the rate limit's window; tests move it by hand. Default `performance.now`. */
  now?: () => number;
}

const reply = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

/**
 * `GET /ask?q=...`: the `ask --json` contract over HTTP, for scripts, uptime probes that want a
 * real answer, and checking a container without a chat platform. It may face the internet, so
 * each client address gets a rate limit, a question is at most {@link MAX_QUESTION_CHARS}
 * characters, all clients together get a share of the CPU, and with a token set nothing is
 * answered without it.
 */
export function askRoute(bot: Bot, options: AskRouteOptions): HealthRoute {
  const clock = options.now ?? (() => performance.now());
  const limiter = createClientLimiter({ ...options.rateLimit, now: clock });
  const budgetMs = 1000 * (options.cpuShare ?? 0.25);
  let second = 0;
  let spentMs = 0;
  return {
    path: '/ask',
    method: 'GET',
    handler(req, res) {
      if (options.token !== undefined && !hasBearer(req, options.token)) {
        options.refusals.refuse('unauthorized');
        return reply(res, 401, { error: 'send the token as Authorization: Bearer <HTTP_API_TOKEN>' }, { 'www-authenticate': 'Bearer' });
      }
      // Behind a proxy every client shares its address: set HTTP_API_TOKEN there (see docs/deploy.md).
      if (!limiter.allow(req.socket.remoteAddress ?? 'unknown')) {
        options.refusals.refuse('rate-limited');
        return reply(res, 429, { error: 'too many questions; try again later' }, { 'retry-after': String(limiter.retryAfterSeconds()) });
      }
      const question = new URL(req.url ?? '/', 'http://localhost').searchParams.get('q');
      // An empty question is no question: the same 400 as a missing one, not an answer to nothing.
      if (question === null || question.trim() === '') return reply(res, 400, { error: 'add the question as ?q=...' });
      if (question.length > MAX_QUESTION_CHARS) {
        return reply(res, 400, { error: `the question is longer than ${MAX_QUESTION_CHARS} characters` });
      }
      const now = clock();
      if (now - second >= 1000) {
        second = now;
        spentMs = 0;
      }
      if (budgetMs < 1000 && spentMs >= budgetMs) {
        options.refusals.refuse('busy');
        return reply(res, 503, { error: 'busy; try again in a moment' }, { 'retry-after': '1' });
      }
      const answer = bot.ask(question, { platform: 'http' });
      spentMs += clock() - now;
      reply(res, 200, toJson(answer));
    },
  };
}

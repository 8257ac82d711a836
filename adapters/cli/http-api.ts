import type { Bot } from '../../src/index.js';
import type { HealthRoute } from '../runtime/health.js';
import { toJson } from './json.js';

/**
 * `GET /ask?q=...`: the `ask --json` contract over HTTP, for scripts, uptime probes that want a
 * real answer, and checking a container without a chat platform.
 */
export function askRoute(bot: Bot): HealthRoute {
  return {
    path: '/ask',
    method: 'GET',
    handler(req, res) {
      const question = new URL(req.url ?? '/', 'http://localhost').searchParams.get('q');
      // An empty question is no question: the same 400 as a missing one, not an answer to nothing.
      if (question === null || question.trim() === '') {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'add the question as ?q=...' }));
        return;
      }
      const answer = toJson(bot.ask(question, { platform: 'http' }));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answer));
    },
  };
}

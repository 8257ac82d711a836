import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { HTTPModuleFunctions } from '@slack/bolt';
import type { Logger } from '../../src/index.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Whether a parsed body has a shape Bolt can route: an event, an interaction, a command, a check. */
export function isSlackBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  if (b.ssl_check === '1') return true;
  // A command is answered through its response_url; Slack always sends one.
  if (typeof b.command === 'string') return typeof b.response_url === 'string';
  if (typeof b.type !== 'string') return false;
  if (b.type !== 'event_callback') return true;
  const event = b.event as Record<string, unknown> | null | undefined;
  return typeof event === 'object' && event !== null && typeof event.type === 'string';
}

/**
 * HTTP mode: signed bodies that Bolt cannot route get a 400 at once. Bolt answers broken JSON with
 * 400 itself, but JSON of the wrong shape makes it misbehave: `null` leaves the request hanging
 * forever after an unhandled rejection, `[]` or an event with no event waits 3 s for a 404 or
 * fails with 500. Only Slack can sign, so this is about robustness, not attackers: bad
 * signatures, oversized and unparsable bodies are still refused by Bolt (401, 413, 400).
 */
export function guardSlackBodies(server: Server, options: { signingSecret: string; path?: string; logger: Logger }): void {
  const path = options.path ?? '/slack/events';
  const bolt = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const handOn = (req: IncomingMessage, res: ServerResponse) => bolt.forEach((listener) => listener(req, res));

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== path) return handOn(req, res);
    void (async () => {
      let body: unknown;
      try {
        // Bolt reuses the buffered body (req.rawBody) and checks the signature again itself.
        const verification = { signingSecret: options.signingSecret, bodyLimit: HTTPModuleFunctions.defaultBodyLimit };
        const buffered = await HTTPModuleFunctions.parseAndVerifyHTTPRequest(verification, req);
        body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
      } catch (error) {
        // A body that could not be read cannot be read twice: answer here, and close the
        // connection, which still holds the unread rest. Anything else is Bolt's to refuse.
        if (!HTTPModuleFunctions.isRawBodyError(error)) return handOn(req, res);
        res.writeHead(error.statusCode === 413 ? 413 : 400, { connection: 'close' }).end();
        return;
      }
      if (isSlackBody(body)) return handOn(req, res);
      options.logger.warn(
        { contentType: req.headers['content-type'] },
        'slack: signed request with a body Slack does not send; answered 400',
      );
      HTTPModuleFunctions.buildNoBodyResponse(res, 400);
    })().catch((error: unknown) => {
      options.logger.error({ err: error }, 'slack: request guard failed');
      if (!res.headersSent) HTTPModuleFunctions.buildNoBodyResponse(res, 500);
    });
  });
}

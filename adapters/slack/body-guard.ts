import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { HTTPModuleFunctions } from '@slack/bolt';
import type { Logger } from '../../src/index.js';
import { createBodyBudget, DEFAULT_EDGE_LIMITS, refuseRequest, type EdgeLimits, type RefusalLog } from '../runtime/http-edge.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Slack signs with `v0=` and a hex HMAC-SHA256; anything else cannot be one of its requests. */
const SIGNATURE = /^v0=[0-9a-f]{64}$/;
/** How far a request's timestamp may be from now, either way: Slack's own rule is five minutes. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** An unsigned `ssl_check=1&token=...` is all Slack sends without a signature; it is tiny. */
const SSL_CHECK_MAX_BYTES = 512;

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

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * What the headers alone say about a request to /slack/events, before a byte of its body is
 * read: null when it may be read, else why it is refused. The signature itself needs the body.
 */
export function precheckSlackHeaders(
  req: IncomingMessage,
  nowSeconds: number,
  maxBodyBytes: number,
): 'unsigned' | 'stale' | 'too-large' | null {
  const signature = header(req, 'x-slack-signature');
  const timestamp = header(req, 'x-slack-request-timestamp');
  if (!signature || !SIGNATURE.test(signature) || !timestamp || !/^\d{1,12}$/.test(timestamp)) return 'unsigned';
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return 'stale';
  const length = Number(req.headers['content-length'] ?? Number.NaN);
  return Number.isFinite(length) && length > maxBodyBytes ? 'too-large' : null;
}

const isSslCheckCandidate = (req: IncomingMessage) => {
  const length = Number(req.headers['content-length'] ?? Number.NaN);
  return (
    header(req, 'x-slack-signature') === undefined &&
    header(req, 'content-type') === 'application/x-www-form-urlencoded' &&
    Number.isFinite(length) &&
    length <= SSL_CHECK_MAX_BYTES
  );
};

export interface GuardOptions {
  signingSecret: string;
  path?: string;
  logger: Logger;
  refusals: RefusalLog;
  limits?: EdgeLimits;
  /** Seconds since the epoch; tests move the clock. */
  nowSeconds?: () => number;
}

/**
 * HTTP mode: the work done for a request to /slack/events before it is known to come from Slack
 * is bounded. Requests without a well-formed signature, or stamped more than five minutes from
 * now (either way: Bolt alone accepts any future time), are refused from their headers, unread.
 * A body is read only within {@link EdgeLimits.maxBodyBytes} and a shared budget of bytes held
 * at once, then its signature is checked here; only signed requests reach Bolt, which reuses
 * the buffered body. Refusals are counted, not logged one by one.
 *
 * Signed bodies that Bolt cannot route get a 400 at once too: JSON of the wrong shape makes it
 * misbehave (`null` leaves the request hanging after an unhandled rejection, `[]` or an event
 * with no event waits 3 s for a 404 or fails with 500).
 */
export function guardSlackBodies(server: Server, options: GuardOptions): void {
  const path = options.path ?? '/slack/events';
  const limits = options.limits ?? DEFAULT_EDGE_LIMITS;
  const now = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const { refusals } = options;
  const budget = createBodyBudget(limits.bodyBudgetBytes);
  const bolt = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const handOn = (req: IncomingMessage, res: ServerResponse) => bolt.forEach((listener) => listener(req, res));

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== path) return handOn(req, res);
    const sslCheck = isSslCheckCandidate(req);
    const problem = sslCheck ? null : precheckSlackHeaders(req, now(), limits.maxBodyBytes);
    if (problem) {
      refusals.refuse(problem);
      return refuseRequest(req, res, problem === 'too-large' ? 413 : 401, {}, { drain: problem === 'too-large' });
    }
    const length = Number(req.headers['content-length'] ?? Number.NaN);
    const bodyLimit = sslCheck ? SSL_CHECK_MAX_BYTES : limits.maxBodyBytes;
    const announced = Number.isFinite(length) ? length : bodyLimit;
    if (announced > limits.smallBodyBytes && !budget.reserve(req, announced)) {
      refusals.refuse('busy');
      return refuseRequest(req, res, 503, { 'retry-after': '1' });
    }
    // Slack sends a body at once: one still arriving after a few seconds is not Slack's.
    const deadline = setTimeout(() => {
      refusals.refuse('timeout');
      refuseRequest(req, res, 408);
    }, limits.bodyTimeoutMs);
    deadline.unref();
    req.once('end', () => clearTimeout(deadline));
    req.once('close', () => clearTimeout(deadline));
    void (async () => {
      let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.parseAndVerifyHTTPRequest>>;
      try {
        buffered = await HTTPModuleFunctions.parseAndVerifyHTTPRequest({ signingSecret: options.signingSecret, bodyLimit }, req);
      } catch (error) {
        if (HTTPModuleFunctions.isRawBodyError(error)) {
          // A body that could not be read cannot be read twice: answer here and close.
          if (error.statusCode === 413) refusals.refuse('too-large');
          return refuseRequest(req, res, error.statusCode === 413 ? 413 : 400, {}, { drain: error.statusCode === 413 });
        }
        refusals.refuse('bad-signature');
        return refuseRequest(req, res, 401);
      }
      let body: unknown;
      try {
        body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
      } catch {
        // Signed, so from Slack (or its tests), but not JSON: Bolt answers it with a 400 itself.
        return handOn(req, res);
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

import { createHmac } from 'node:crypto';
import { request, type Agent } from 'node:http';

/** Slack's v0 request signature: HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to send a bad one). */
  signature?: string;
  /** Sets X-Slack-Retry-Num as Slack does when it redelivers. */
  retryNum?: number;
}

/** POSTs a body to the app exactly as Slack's HTTP delivery does. */
export function postSigned(url: string, body: string, options: SignedPostOptions): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body });
}

/** POSTs a body signed as Slack signs it (JSON unless told); resolves with the status once the response is read. */
export function postSignedBody(
  url: string,
  secret: string,
  body: string,
  agent?: Agent,
  options: { timestamp?: number; contentType?: string } = {},
) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': options.contentType ?? 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
  return new Promise<number>((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      res.resume().once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject).end(body);
  });
}

/** Error codes that mean the other side could not be reached, whatever the credentials. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
]);

interface Chained {
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  original?: unknown;
  errors?: unknown;
}

/** The error, then what it wraps: `cause` (fetch), `original` (Slack's Web API), `errors` (an AggregateError). */
function chain(error: unknown): Chained[] {
  const found: Chained[] = [];
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object' || found.includes(value as Chained) || found.length > 8) return;
    const link = value as Chained;
    found.push(link);
    visit(link.original);
    visit(link.cause);
    if (Array.isArray(link.errors)) visit(link.errors[0]);
  };
  visit(error);
  return found;
}

/**
 * Why a request failed when the network is the reason (no route, no DNS, refused, timed out),
 * as one phrase such as `fetch failed: getaddrinfo ENOTFOUND slack.com`; undefined when the
 * failure was something else (a refused token, an HTTP error), so a caller can blame the right thing.
 */
export function networkFailure(error: unknown): string | undefined {
  const links = chain(error);
  const network = links.some((link) => (typeof link.code === 'string' && NETWORK_CODES.has(link.code)) || link.message === 'fetch failed');
  if (!network) return undefined;
  const messages = links
    .map((link) => (typeof link.message === 'string' ? link.message.trim() : ''))
    // Slack's wrapper repeats the inner message after its own prefix.
    .map((message) => message.replace(/^A request error occurred:\s*/, ''))
    .filter((message, i, all) => message !== '' && all.indexOf(message) === i);
  const code = links.map((link) => link.code).find((c): c is string => typeof c === 'string' && NETWORK_CODES.has(c));
  const text = messages.join(': ') || code || 'network error';
  return code && !text.includes(code) ? `${text} (${code})` : text;
}

import { pino, type Logger as PinoLogger } from 'pino';
import pretty from 'pino-pretty';
import { redactCredentials as scrubUrls } from './redact.js';

export interface LoggerOptions {
  level: string;
  format: 'json' | 'pretty';
  /** Secret values (tokens, signing secrets, passwords) that must never reach a log line. */
  secrets: readonly string[];
  /** Where lines go; stderr by default, so stdout stays clean for `ask --json`. */
  destination?: NodeJS.WritableStream;
}

/** Field paths that hold secrets in objects we log (configs, HTTP headers, client options). */
const REDACT_PATHS = [
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.password',
  '*.salt',
  'headers.authorization',
  'req.headers.authorization',
  'headers["x-slack-signature"]',
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The process logger. Secrets are removed twice: by field path, and by value from every
 * finished line, since a library's error message can quote a token in free text; tokens in
 * URLs are removed from every line too.
 */
export function createLogger(options: LoggerOptions): PinoLogger {
  // As written in a JSON line and inside a URL, too: a password with a quote or an @ changes form.
  const forms = (secret: string) => [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
  const secrets = [...new Set(options.secrets.filter((s) => s.length >= 6).flatMap(forms))].sort((a, b) => b.length - a.length);
  const scrub = secrets.length > 0 ? new RegExp(secrets.map(escapeRegExp).join('|'), 'g') : null;
  const destination =
    options.format === 'pretty'
      ? pretty({ destination: options.destination ?? 2, colorize: !options.destination && process.stderr.isTTY, sync: true })
      : (options.destination ?? pino.destination({ dest: 2, sync: true }));
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: { streamWrite: (line) => scrubUrls(scrub ? line.replace(scrub, '[redacted]') : line) },
    },
    destination,
  );
}

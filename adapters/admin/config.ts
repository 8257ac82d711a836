import { z } from 'zod';
import { BotError } from '../../src/index.js';

export type Env = Record<string, string | undefined>;

/** The admin console and the learning loop, as the environment sets them. */
export interface AdminConfig {
  /** The console at `/admin` is served only when ADMIN_TOKEN is set. */
  token?: string;
  /** How often each replica reads newly accepted questions from the store, in ms; 0 for never. */
  learnPollMs: number;
}

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const TOKEN_RULE =
  'ADMIN_TOKEN must be at least 16 characters with no spaces (make one with: openssl rand -hex 32), or unset to keep the admin console off';
const POLL_RULE = 'LEARN_POLL_SECONDS must be a number of seconds from 0 (never) to 3600 (default 2)';

const schema = z.object({
  ADMIN_TOKEN: z.preprocess(blankIsUnset, z.string().min(16, TOKEN_RULE).regex(/^\S+$/, TOKEN_RULE).optional()),
  LEARN_POLL_SECONDS: z.preprocess(blankIsUnset, z.coerce.number({ error: POLL_RULE }).min(0, POLL_RULE).max(3600, POLL_RULE).default(2)),
});

/**
 * Reads ADMIN_TOKEN and LEARN_POLL_SECONDS.
 *
 * @throws {BotError} code `CONFIG_INVALID`, one problem per variable, each naming it.
 */
export function loadAdminConfig(env: Env): AdminConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new BotError(
      'CONFIG_INVALID',
      'The admin console configuration is invalid:',
      parsed.error.issues.map((issue) => issue.message),
    );
  }
  return { token: parsed.data.ADMIN_TOKEN, learnPollMs: Math.round(parsed.data.LEARN_POLL_SECONDS * 1000) };
}

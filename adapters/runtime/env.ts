import { z } from 'zod';
import { BotError } from '../../src/index.js';

/**
 * The one way every config module (boot, Slack, Discord, store) reads the environment, over zod,
 * as t3-env does: blanks count as unset, yes/no and whole numbers are parsed alike everywhere,
 * and every problem is collected (each naming its variable) instead of stopping at the first.
 *
 * Our own 60 lines rather than `@t3-oss/env-core`: its `createEnv` throws at the first part with
 * its own message, while `readConfig` gathers the problems of every part into one list and each
 * part has rules across variables (Slack's app token or signing secret); zod is here already.
 */
export type Env = Record<string, string | undefined>;

/** True when `name` has a value: `FOO=` in a .env file means "not configured". */
export const isSet = (env: Env, name: string) => (env[name] ?? '').trim() !== '';

/** The environment without blank values, so that a schema's `.optional()` and defaults apply to them. */
export function withoutBlanks(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && value.trim() !== '') out[name] = value;
  return out;
}

const YES = ['true', '1', 'yes'];
const NO = ['false', '0', 'no'];

/** True when a yes/no variable says yes (true, 1 or yes, in any case), for a rule outside a schema. */
export const isYes = (env: Env, name: string) => YES.includes((env[name] ?? '').trim().toLowerCase());

/** A yes/no variable: true, false, 1, 0, yes or no in any case; unset is `fallback`. `message` names it. */
export const flag = (message: string, fallback = false) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum([...YES, ...NO], { error: message }))
    .optional()
    .transform((value) => (value === undefined ? fallback : YES.includes(value)));

/** What a whole-number variable says when it is not one, or out of range (each defaults to `whole`). */
export interface WholeNumberMessages {
  whole: string;
  min?: string;
  max?: string;
}

/** A whole number from `min` to `max`; `fallback` when unset (else undefined). */
export function wholeNumber(messages: WholeNumberMessages, min: number, max: number): z.ZodOptional<z.ZodCoercedNumber<unknown>>;
export function wholeNumber(
  messages: WholeNumberMessages,
  min: number,
  max: number,
  fallback: number,
): z.ZodDefault<z.ZodCoercedNumber<unknown>>;
export function wholeNumber(messages: WholeNumberMessages, min: number, max: number, fallback?: number) {
  const number = z.coerce
    .number({ error: messages.whole })
    .int(messages.whole)
    .min(min, messages.min ?? messages.whole)
    .max(max, messages.max ?? messages.whole);
  return fallback === undefined ? number.optional() : number.default(fallback);
}

/**
 * Parses `env` (blanks as unset) with `schema`. Each problem names its variable: our messages
 * start with it; zod's own get it put in front.
 */
export function parseEnv<S extends z.ZodType>(schema: S, env: Env): { data?: z.output<S>; problems: string[] } {
  const parsed = schema.safeParse(withoutBlanks(env));
  if (parsed.success) return { data: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
  });
  return { problems };
}

/**
 * The values of a part, or every problem at once under `title` (the same problem said once).
 *
 * @throws {BotError} code `CONFIG_INVALID` when there is any problem.
 */
export function valuesOrThrow<T>(parsed: { data?: T }, problems: readonly string[], title: string): T {
  if (parsed.data === undefined || problems.length > 0) throw new BotError('CONFIG_INVALID', title, [...new Set(problems)]);
  return parsed.data;
}

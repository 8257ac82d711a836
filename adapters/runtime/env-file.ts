import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/** What {@link loadEnvFile} read. */
export interface EnvFile {
  /** The `.env` file read, or undefined when there is none. */
  path?: string;
  /** The variables taken from it: those the environment did not already set. */
  names: ReadonlySet<string>;
}

/**
 * Reads `.env` from the current folder (the project folder under `npm run`) into `env`, the way
 * every command starts (`npm start`, `discord:register`, `report`, `discord:sharded`): a
 * variable the environment already sets wins over the file. Changes `env` in place, so child
 * processes (Discord shards) see the same settings.
 *
 * @example
 * const file = loadEnvFile(); // then read process.env as usual
 * file.names.has('DATABASE_URL'); // true when DATABASE_URL came from .env
 */
export function loadEnvFile(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): EnvFile {
  const env = options.env ?? process.env;
  const path = resolve(options.cwd ?? process.cwd(), '.env');
  if (!existsSync(path)) return { names: new Set() };
  const names = new Set<string>();
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    names.add(name);
  }
  return { path, names };
}

/** `DATABASE_URL from .env` or `DATABASE_URL`: where a variable's value came from, for a notice. */
export const origin = (file: EnvFile, name: string) => (file.names.has(name) ? `${name} from .env` : name);

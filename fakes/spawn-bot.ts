import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CONTENT, ROOT } from './paths.js';

const MAIN = join(ROOT, 'dist', 'adapters', 'boot', 'start.js');

/** A folder with nothing in it (no `.env`) for test processes to run in; the same one for every run. */
export function emptyFolder(): string {
  const dir = join(tmpdir(), 'ds-careers-bot-tests-cwd');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface SpawnedBot {
  child: ChildProcess;
  /** Everything written so far to stdout and stderr (logs go to stderr). */
  output(): string;
  /** Resolves with the first match in the output, e.g. the "Started:" line with the port. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * The composition root as `npm start` runs it (dist/, so `npm run build` first), with exactly the
 * given environment plus the fixture content, a free port and a SQLite file of its own. It runs
 * in `cwd`, by default an empty folder, so that a `.env` in the project never reaches a test.
 */
export function spawnBot(
  env: Record<string, string>,
  args: string[] = [],
  options: { cwd?: string /** Another entry point under dist/, e.g. `adapters/boot/sharded.js`. */; script?: string } = {},
): SpawnedBot {
  const script = options.script ? join(ROOT, 'dist', options.script) : MAIN;
  const child = spawn(process.execPath, [script, ...args], {
    env: {
      PATH: process.env.PATH!,
      CONTENT_DIR: FIXTURE_CONTENT,
      PORT: '0',
      STORE_PATH: join(mkdtempSync(join(tmpdir(), 'store-')), 'bot.sqlite'),
      ...env,
    },
    cwd: options.cwd ?? emptyFolder(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const append = (chunk: string) => (out += chunk);
  child.stdout!.setEncoding('utf8').on('data', append);
  child.stderr!.setEncoding('utf8').on('data', append);
  return {
    child,
    output: () => out,
    waitFor: (pattern, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = out.match(pattern);
          if (!match) return;
          cleanup();
          resolve(match);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${pattern}; output:\n${out}`));
        }, timeoutMs);
        const exited = () => {
          cleanup();
          reject(new Error(`the bot exited (${child.exitCode}) before ${pattern}; output:\n${out}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          child.stderr!.off('data', check);
          child.stdout!.off('data', check);
          child.off('exit', exited);
        };
        child.stderr!.on('data', check);
        child.stdout!.on('data', check);
        child.once('exit', exited);
        check();
      }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

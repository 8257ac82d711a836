import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a built entry point as its npm script does (`node dist/<script>`; `npm test` builds
 * first) with exactly `env` plus PATH, in `cwd`, and resolves when it exits.
 */
export function runCommand(
  script: string,
  env: Record<string, string>,
  options: { cwd: string; args?: string[]; timeoutMs?: number },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'dist', script), ...(options.args ?? [])],
      { env: { PATH: process.env.PATH!, ...env }, cwd: options.cwd, timeout: options.timeoutMs ?? 15_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh folder holding a `.env` with these lines, as a project folder would (the caller removes it). */
export function folderWithEnvFile(lines: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'env-file-'));
  writeFileSync(
    join(dir, '.env'),
    Object.entries(lines)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
  );
  return dir;
}

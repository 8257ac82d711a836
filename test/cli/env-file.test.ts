import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnvFile, origin } from '../../adapters/runtime/env-file.js';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'env-file-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('.env, read the same way by every command', () => {
  it('adds the variables of .env in the current folder, lets the environment win, and remembers which came from the file', () => {
    const cwd = folder();
    writeFileSync(join(cwd, '.env'), '# a comment\nDATABASE_URL=postgres://bot:pw@db:5432/bot\nPORT=8080\nEMPTY=\nQUOTED="two words"\n');
    const env: NodeJS.ProcessEnv = { PORT: '3000' };
    const file = loadEnvFile({ cwd, env });
    expect(env).toEqual({ PORT: '3000', DATABASE_URL: 'postgres://bot:pw@db:5432/bot', EMPTY: '', QUOTED: 'two words' });
    expect(file.path).toBe(join(cwd, '.env'));
    expect(origin(file, 'DATABASE_URL')).toBe('DATABASE_URL from .env');
    expect(origin(file, 'PORT')).toBe('PORT');
  });

  it('changes nothing where there is no .env', () => {
    const env: NodeJS.ProcessEnv = { PORT: '3000' };
    const file = loadEnvFile({ cwd: folder(), env });
    expect(env).toEqual({ PORT: '3000' });
    expect(file.path).toBeUndefined();
  });
});

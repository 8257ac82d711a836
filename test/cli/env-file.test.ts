import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnvFile, origin } from '../../adapters/runtime/env-file.js';

describe('.env, read the same way by every command', () => {
  it('adds the variables of .env in the current folder, lets the environment win, and remembers which came from the file', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'env-file-'));
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
    const file = loadEnvFile({ cwd: mkdtempSync(join(tmpdir(), 'no-env-file-')), env });
    expect(env).toEqual({ PORT: '3000' });
    expect(file.path).toBeUndefined();
  });
});

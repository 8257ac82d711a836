import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCKERFILE = join(ROOT, 'Dockerfile');
const present = existsSync(DOCKERFILE);

/** Instructions of a Dockerfile, continuation lines joined and comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

// The image itself is checked at run time by `npm run test:docker` (id -u in the container);
// this keeps the rule visible in `npm test`, where no Docker engine is needed.
describe.runIf(present)('the Docker image (static checks of the Dockerfile)', () => {
  const all = present ? instructions(readFileSync(DOCKERFILE, 'utf8')) : [];
  const lastStage = all.slice(all.map((i) => i.op).lastIndexOf('FROM'));

  it('runs the bot as a non-root user: the final stage switches USER before its entry point', () => {
    const users = lastStage.filter((i) => i.op === 'USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users.at(-1)!.args.split(':')[0]!;
    expect(['root', '0', '']).not.toContain(user);
    const start = lastStage.findIndex((i) => i.op === 'ENTRYPOINT' || i.op === 'CMD');
    expect(lastStage.indexOf(users.at(-1)!)).toBeLessThan(start);
  });

  it('runs on Node.js 24 LTS: both stages start from the official node:24 image by default', () => {
    const base = all.find((i) => i.op === 'ARG' && i.args.startsWith('BASE='))?.args.slice('BASE='.length);
    expect(base).toMatch(/^node:24-/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's own ${BASE}, not a template
    expect(all.filter((i) => i.op === 'FROM').map((i) => i.args.split(/\s+/)[0])).toEqual(['${BASE}', '${BASE}']);
  });

  it('keeps test/ out of the build context and the benchmarks and their fakes out of the image', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split(/\r?\n/);
    expect(ignored).toContain('test');
    const removed = all.filter((i) => i.op === 'RUN' && i.args.includes('rm -rf dist/')).map((i) => i.args);
    expect(removed.join(' ')).toMatch(/rm -rf dist\/bench dist\/fakes/);
  });

  it('bakes no secret into the image and keeps .env out of the build context', () => {
    const settings = all.filter((i) => i.op === 'ENV' || i.op === 'ARG').map((i) => i.args);
    for (const setting of settings) expect(setting).not.toMatch(/TOKEN|SECRET|PASSWORD|SALT|DATABASE_URL/i);
    const ignored = existsSync(join(ROOT, '.dockerignore')) ? readFileSync(join(ROOT, '.dockerignore'), 'utf8').split(/\r?\n/) : [];
    expect(ignored).toContain('.env');
  });
});

if (!present) {
  describe('the Docker image', () => {
    it.todo('runs as a non-root user (no Dockerfile yet: check USER once it exists)');
  });
}

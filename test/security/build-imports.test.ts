import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILT = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')).include as string[];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every relative module a file imports, as a path from the project folder. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => relative(ROOT, resolve(file, '..', m[1]!)));
}

describe('what the build compiles', () => {
  it('compiles no test: tsconfig.build.json leaves test/ out, and nothing it compiles imports from test/', () => {
    expect(BUILT).not.toContain('test');
    const reaching = BUILT.flatMap((dir) => sources(join(ROOT, dir)))
      .flatMap((file) => importsOf(file).map((target) => `${relative(ROOT, file)} → ${target}`))
      .filter((edge) => edge.split(' → ')[1]!.startsWith('test/'));
    expect(reaching).toEqual([]);
  });

  it('has no cycle between bench/ and the fakes: fakes/ imports neither bench/ nor test/', () => {
    const fakes = sources(join(ROOT, 'fakes')).flatMap(importsOf);
    expect(fakes.filter((target) => target.startsWith('bench/') || target.startsWith('test/'))).toEqual([]);
  });
});

import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ContentLayer } from '../../src/index.js';
import { fileURLToPath } from 'node:url';

/** The project folder (the one with package.json), whether running from `dist/` or from source. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

/** The content folder: `CONTENT_DIR` when set, else the project's own `content/`. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR ? resolve(env.CONTENT_DIR) : join(projectRoot(), 'content');
}

/** A team's own FAQ, laid over the shipped content when it exists beside it (and CONTENT_DIRS is unset). */
export const TEAM_CONTENT = 'team-content';

/**
 * The content folders, in the order they are laid over each other: the shipped content
 * (`CONTENT_DIR`, else the project's `content/`) under the shipped rules, then a team's own
 * folders under the team rules: `CONTENT_DIRS` (separated by commas), else the project's
 * `team-content/` when there is one. `CONTENT_DIRS=none` lays nothing over the shipped content.
 */
export function contentLayers(env: NodeJS.ProcessEnv = process.env): ContentLayer[] {
  const shown = (dir: string) => relative(process.cwd(), dir) || '.';
  const shipped = contentDir(env);
  const listed = (env.CONTENT_DIRS ?? '').trim();
  const team =
    listed === 'none'
      ? []
      : listed !== ''
        ? listed
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean)
            .map((d) => resolve(d))
        : [join(projectRoot(), TEAM_CONTENT)].filter((d) => !env.CONTENT_DIR && existsSync(d));
  return [
    { dir: shipped, rules: 'shipped', displayRoot: shown(shipped) },
    ...team.map((dir) => ({ dir, rules: 'team' as const, displayRoot: shown(dir) })),
  ];
}

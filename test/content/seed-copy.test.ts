import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';

const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', 'careers-in-distributed-systems.txt');
/** Seven words in a row is a copied phrase, not a shared term ("eventual consistency", "SEC Rule 613"). */
const RUN = 7;

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

describe('content is in our own words', () => {
  const present = existsSync(SEED);
  const name = 'shares no run of seven words with the seed page';
  it.skipIf(!present)(
    present ? name : `${name} (skipped: ../shared/seed/careers-in-distributed-systems.txt is not beside the project)`,
    () => {
      const seed = words(readFileSync(SEED, 'utf8'));
      const runs = new Set(seed.slice(0, seed.length - RUN + 1).map((_, i) => seed.slice(i, i + RUN).join(' ')));
      const copied = loadContent(REAL_CONTENT).entries.flatMap((entry) => {
        const text = words([entry.title, entry.summary, ...entry.questions, entry.body].join('\n'));
        return text
          .slice(0, Math.max(0, text.length - RUN + 1))
          .map((_, i) => text.slice(i, i + RUN).join(' '))
          .filter((run) => runs.has(run))
          .map((run) => `${entry.file}: "${run}"`);
      });
      expect(copied).toEqual([]);
    },
  );
});

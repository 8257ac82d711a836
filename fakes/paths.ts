import { basename, dirname, join } from 'node:path';

// The project folder, whether this runs from fakes/ (vitest) or from dist/fakes/ (the bench).
const up = join(import.meta.dirname, '..');
/** The project folder (the one with package.json). */
export const ROOT = basename(up) === 'dist' ? dirname(up) : up;
/** The small fixture content the tests answer from. */
export const FIXTURE_CONTENT = join(ROOT, 'test', 'fixtures', 'content');

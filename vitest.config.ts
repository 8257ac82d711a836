import { configDefaults, defineConfig } from 'vitest/config';

/**
 * `npm run test:unit`: the core (content, text, answering, question sets, properties) and the
 * pure checks around it. In-process only: no child process, no fake server, no database, so it
 * finishes in seconds. Everything else runs in `npm test` as well.
 */
const UNIT = [
  'test/answer/**/*.test.ts',
  'test/content/**/*.test.ts',
  'test/text/**/*.test.ts',
  'test/search/**/*.test.ts',
  'test/eval/**/*.test.ts',
  'test/onboarding/**/*.test.ts',
  'test/property.test.ts',
  'test/cli/env-file.test.ts',
  'test/cli/config.test.ts',
  'test/runtime/env.test.ts',
  'test/store/config.test.ts',
  'test/store/memory-store.test.ts',
  'test/store/postgres-errors.test.ts',
  'test/property-runs.test.ts',
  'test/slack/config.test.ts',
  'test/slack/manifest.test.ts',
  'test/slack/render.test.ts',
  'test/slack/onboarding-render.test.ts',
  'test/discord/config.test.ts',
  'test/security/logger-scrub.test.ts',
  'test/security/dockerfile.test.ts',
  'test/security/build-imports.test.ts',
  'test/import/parsers.test.ts',
  'test/import/markdown-text.test.ts',
  'test/import/write-entries.test.ts',
  'test/admin/config.test.ts',
  'test/chat-kit/guard.test.ts',
  'test/chat-kit/split.test.ts',
  'test/chat-kit/clicks.test.ts',
  'test/chat-kit/admin-report.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // FAST_CHECK_RUNS, when set, gives every property that many runs (CI leaves it unset: full counts).
    setupFiles: ['test/setup.ts'],
    projects: [
      // One module graph shared by the files (no per-file isolation): they hold no global state,
      // and loading the content once instead of twenty times is most of the speed.
      { extends: true, test: { name: 'unit', include: UNIT, pool: 'threads', isolate: false } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...UNIT],
          // Finds the PostgreSQL the store tests use, or starts one for the run (one line says which).
          globalSetup: ['test/store/postgres-server.ts'],
        },
      },
    ],
  },
});

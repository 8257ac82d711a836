import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Finds the PostgreSQL the store tests use, or starts one for the run (one line says which).
    globalSetup: ['test/store/postgres-server.ts'],
  },
});

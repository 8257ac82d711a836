// Runs before every test file (vitest.config.ts, setupFiles).
import { configurePropertyRuns } from './property-runs.js';

configurePropertyRuns();

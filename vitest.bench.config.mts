import { defineConfig } from 'vitest/config';

/** `npm run bench`: timings are reported, never asserted (no timed unit tests). */
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.ts', 'tests/bench/**/*.bench.tsx'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});

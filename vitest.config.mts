import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const unit = {
  include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
  environment: 'node' as const,
  testTimeout: 30_000,
  hookTimeout: 30_000,
  setupFiles: ['tests/unit/support/reset-clock.ts'],
};

/** The whole unit suite runs twice: in China, where the office is, and in UTC, where CI machines usually are. */
export default defineConfig({
  // Renderer modules under test import electron/shared as `@shared/...`, as in tsconfig.web.json.
  resolve: { alias: { '@shared': fileURLToPath(new URL('./electron/shared', import.meta.url)) } },
  test: {
    projects: [
      { extends: true, test: { ...unit, name: 'Asia/Shanghai', env: { TZ: 'Asia/Shanghai' } } },
      { extends: true, test: { ...unit, name: 'UTC', env: { TZ: 'UTC' } } },
    ],
  },
});

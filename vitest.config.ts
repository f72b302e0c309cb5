import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The built renderer in Debian's Chromium; needs `electron-vite build` first (npm test does it).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts', 'tests/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // `npm run screenshots` only: writes PNGs of every screen into screenshots/.
        test: {
          name: 'screenshots',
          include: ['tests/e2e/**/*.shot.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

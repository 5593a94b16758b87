import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Test files are independent (each has its own database copy): use every core, not cores − 1.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          name: 'server',
          include: [
            'server/src/**/*.test.ts',
            'server/test/**/*.test.ts',
            'contracts/src/**/*.test.ts',
            // The benchmark data generator's test: it needs the integration suite's databases.
            'bench/seed/*.test.ts',
          ],
          environment: 'node',
          globalSetup: ['server/test/global-setup.ts'],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['web/src/**/*.test.ts'],
          environment: 'node',
          // Pure functions of the web client: no file changes a module another reads, so the
          // files of a worker share their modules (each file importing them anew took ~0.7 s).
          isolate: false,
        },
      },
    ],
  },
});

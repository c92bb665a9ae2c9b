import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('./src', import.meta.url));

// Pure TS tests run in Node; component/route tests (*.test.tsx) in jsdom.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': src } },
  test: {
    env: { TZ: 'UTC' },
    maxWorkers: 2,
    // Generous: CI runs on two shared cores; tests assert behaviour, not speed (that is the bench).
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/testing/setup-dom.ts'],
        },
      },
    ],
  },
});

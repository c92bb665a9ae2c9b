import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const port = 4173;

/** Debian's Chromium: browser downloads are not possible here. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e/tests',
  // Prints the table of e2e/tests/failure-matrix.spec.ts when that suite ran.
  globalTeardown: fileURLToPath(new URL('./e2e/print-failure-matrix.ts', import.meta.url)),
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: 'UTC',
    locale: 'en-GB',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // The built app on `vite preview`, with the embedded demo ISPyB on the same origin.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/config.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ISPYB_API_URL: '' },
  },
});

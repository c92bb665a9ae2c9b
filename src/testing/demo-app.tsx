import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createHttpClient, type HttpClient } from '../api/http';
import { HttpContext } from '../api/http-context';
import { reportCaughtError } from '../app/caught-errors';
import { routes } from '../app/router';
import { createDemoApi, DEMO_SEED, DEMO_USERS, generateDataset, type DemoApi } from '../demo';
import { createSession, setSession } from '../lib/auth-session';
import type { AppConfig } from '../lib/config';
import { ConfigContext } from '../lib/config-context';
import { theme } from '../lib/theme';

const BASE_URL = 'http://demo.test/ispyb/api/v1';

/** The embedded demo ISPyB, in process, on a fixed day so tests see the same sessions. */
/** The demo frozen at a date (deterministic data); its tokens live on the real clock, as the app's. */
export function createTestDemo(now = new Date('2026-11-24T12:00:00')): DemoApi {
  return createDemoApi({
    dataset: generateDataset({ seed: DEMO_SEED, now }),
    now: () => now,
    tokenNow: () => new Date(),
  });
}

/** The app's real HTTP client, its requests answered by the demo's handlers. */
export function demoHttp(
  demo: DemoApi,
  getToken: () => string | undefined,
  onUnauthorized: () => void,
): HttpClient {
  return createHttpClient({
    baseUrl: BASE_URL,
    getToken,
    onUnauthorized,
    fetch: async (input, init) => {
      // jsdom's AbortSignal is not Node's: the request is built without it.
      const { signal: _signal, ...rest } = init ?? {};
      return demo.handle(new Request(String(input), rest));
    },
  });
}

async function signIn(demo: DemoApi, login: string): Promise<string> {
  const response = await demo.handle(
    new Request(`${BASE_URL}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ plugin: 'dummy', login, password: 'test' }),
    }),
  );
  const body = (await response.json()) as { token: string; login: string; permissions: string[] };
  setSession(createSession(body.token, body.login, body.permissions));
  return body.token;
}

/**
 * Renders the whole route tree (lazy screens, layout, auth guard) at `route`, signed in as a
 * demo user, against the demo handlers: the integration level between unit tests and Playwright.
 */
export async function renderAppOnDemo(login: string, route: string, demo = createTestDemo()) {
  const token = await signIn(demo, login);
  const http = demoHttp(
    demo,
    () => token,
    () => setSession(undefined, 'expired'),
  );
  const config: AppConfig = {
    apiUrl: BASE_URL,
    siteName: 'ISPyB demo',
    demo: { users: [...DEMO_USERS] },
    tokenWarningMinutes: 10,
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  return {
    router,
    ...render(
      <ConfigContext.Provider value={config}>
        <MantineProvider theme={theme}>
          <QueryClientProvider client={queryClient}>
            <HttpContext.Provider value={http}>
              <RouterProvider router={router} />
            </HttpContext.Provider>
          </QueryClientProvider>
        </MantineProvider>
      </ConfigContext.Provider>,
      { onCaughtError: reportCaughtError },
    ),
  };
}

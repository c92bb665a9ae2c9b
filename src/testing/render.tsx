import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import type { z } from 'zod';
import { ApiError } from '../api/errors';
import type { HttpClient, QueryParams } from '../api/http';
import { HttpContext } from '../api/http-context';
import type { AppConfig } from '../lib/config';
import { ConfigContext } from '../lib/config-context';
import { theme } from '../lib/theme';

export const testConfig: AppConfig = {
  apiUrl: '/ispyb/api/v1',
  siteName: 'ISPyB test',
  demo: {
    users: [
      { login: 'efgh', description: 'Visitor on two SSX proposals' },
      { login: 'abcd', description: 'Facility staff (sees every proposal)' },
    ],
  },
  tokenWarningMinutes: 10,
};

/** Answers of a fake py-ispyb: return a DTO (validated by the caller's schema) or throw. */
export interface FakeServer {
  get?: (path: string, params: QueryParams | undefined) => unknown;
  send?: (method: string, path: string, body: unknown) => unknown;
}

/**
 * An `HttpClient` whose answers come from `server`, parsed with the real schemas so a fixture
 * that breaks the contract fails like a real server would. Unhandled requests reject.
 */
export function createFakeHttp(server: FakeServer = {}): HttpClient {
  const unhandled = (path: string) =>
    new ApiError('not-found', `Unhandled request in test: ${path}`, { status: 404, url: path });
  return {
    baseUrl: testConfig.apiUrl,
    async get<S extends z.ZodType>(path: string, schema: S, options?: { params?: QueryParams }) {
      if (!server.get) throw unhandled(path);
      return schema.parse(await server.get(path, options?.params));
    },
    async send<S extends z.ZodType>(method: string, path: string, body: unknown, schema: S) {
      if (!server.send) throw unhandled(path);
      return schema.parse(await server.send(method, path, body));
    },
    async stream(path: string) {
      throw unhandled(path);
    },
  };
}

/** Where a test navigation ended up, for routes outside the one under test. */
function LocationProbe() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

export interface RenderOptions {
  http?: HttpClient;
  /** The initial URL, e.g. `/proposals?page=2`. */
  route?: string;
  /** The route pattern `ui` is mounted at, e.g. `/proposals/:proposalName`. */
  path?: string;
  config?: AppConfig;
}

/** Renders `ui` with the app's providers, at `route`, under a memory router. */
export function renderWithProviders(
  ui: ReactElement,
  { http = createFakeHttp(), route = '/', path = '/', config = testConfig }: RenderOptions = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [
      { path, element: ui },
      { path: '*', element: <LocationProbe /> },
    ],
    { initialEntries: [route] },
  );
  const user = userEvent.setup();
  const result = render(
    <ConfigContext.Provider value={config}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <HttpContext.Provider value={http}>
            <RouterProvider router={router} />
          </HttpContext.Provider>
        </QueryClientProvider>
      </MantineProvider>
    </ConfigContext.Provider>,
    // Errors caught by a boundary are shown on screen, which is what tests assert; React would
    // also log them with console.error, which the DOM setup treats as a failure.
    { onCaughtError: () => undefined },
  );
  return { ...result, router, queryClient, user };
}

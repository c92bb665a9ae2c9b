import { generateDataset } from './dataset';
import { API_ROOT, createDemoApi, type DemoApi } from './handlers';
import { DEMO_SEED } from './index';

/** Helpers for the demo backend's own tests: a fixed clock and one-line requests. */

export const TEST_NOW = new Date('2025-03-14T15:30:00Z');

export interface TestApi {
  api: DemoApi;
  login(login: string): Promise<string>;
  get(path: string, token?: string, headers?: Record<string, string>): Promise<Response>;
  json<T = unknown>(path: string, token?: string): Promise<T>;
}

export function createTestApi(now: () => Date = () => TEST_NOW): TestApi {
  const api = createDemoApi({ dataset: generateDataset({ seed: DEMO_SEED, now: TEST_NOW }), now });
  const url = (path: string) => `http://demo.test${API_ROOT}${path}`;
  const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
    api.handle(
      new Request(url(path), {
        headers: token ? { authorization: `Bearer ${token}`, ...headers } : headers,
      }),
    );
  return {
    api,
    get,
    async login(login) {
      const response = await api.handle(
        new Request(url('/auth/login'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ plugin: 'dummy', login, password: 'any' }),
        }),
      );
      if (response.status !== 201) throw new Error(`login ${login}: HTTP ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    },
    async json<T>(path: string, token?: string) {
      const response = await get(path, token);
      if (!response.ok)
        throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

export interface PageBody<T = Record<string, unknown>> {
  total: number;
  results: T[];
  skip: number;
  limit: number;
}

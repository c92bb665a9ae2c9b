import type { Connect, Plugin, ProxyOptions } from 'vite';
import { contentSecurityPolicy } from './csp';
import { DEMO_SEED, DEMO_USERS, createDemoApi, generateDataset } from './index';
import { toNodeMiddleware } from './node-adapter';

const API_PATH = '/ispyb/api/v1';
const PROXY_PATH = '/ispyb-api';

/**
 * Serves `config.json` and, unless `ISPYB_API_URL` names a real py-ispyb, the embedded demo ISPyB
 * on the same origin — for `npm start`, `vite preview` and the Playwright suite alike.
 * With `ISPYB_API_URL`, requests to `/ispyb-api` are proxied there so that CORS is not an issue.
 */
export function ispybPlugin(apiUrl = process.env.ISPYB_API_URL): Plugin {
  const config = apiUrl
    ? { apiUrl: PROXY_PATH, siteName: process.env.ISPYB_SITE_NAME ?? 'ISPyB' }
    : { apiUrl: API_PATH, siteName: 'ISPyB demo', demo: { users: DEMO_USERS } };

  let demoMiddleware: Connect.NextHandleFunction | undefined;
  const demo: Connect.NextHandleFunction = (req, res, next) => {
    // Generated on first use, relative to the day the server started.
    demoMiddleware ??= toNodeMiddleware(
      createDemoApi({ dataset: generateDataset({ seed: DEMO_SEED, now: new Date() }) }),
      API_PATH,
    );
    demoMiddleware(req, res, next);
  };
  const serveConfig: Connect.NextHandleFunction = (req, res, next) => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(config));
  };
  const install = (middlewares: Connect.Server) => {
    middlewares.use(serveConfig);
    if (!apiUrl) middlewares.use(demo);
  };

  return {
    name: 'ispyb-web:backend',
    config() {
      if (!apiUrl) return;
      const target = new URL(apiUrl);
      const proxy: Record<string, ProxyOptions> = {
        [PROXY_PATH]: {
          target: target.origin,
          changeOrigin: true,
          secure: true,
          rewrite: (path) => path.replace(PROXY_PATH, target.pathname.replace(/\/+$/, '')),
        },
      };
      return { server: { proxy }, preview: { proxy } };
    },
    configureServer(server) {
      install(server.middlewares);
    },
    configurePreviewServer(server) {
      // Not in dev: Vite's hot reload needs an inline script; the built app needs none.
      const policy = contentSecurityPolicy(config.apiUrl);
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        next();
      });
      install(server.middlewares);
    },
  };
}

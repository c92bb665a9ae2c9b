import type { DatasetIndex } from './dataset-index';
import type { Viewer } from './visibility';

export interface RequestContext {
  request: Request;
  url: URL;
  /** Path after the API root, e.g. `/sessions/5001`. */
  path: string;
  query: URLSearchParams;
  params: Readonly<Record<string, string>>;
  db: DatasetIndex;
  now: Date;
  /** The clock tokens are issued and checked on (see `DemoApiOptions.tokenNow`). */
  tokenNow: Date;
  secret: string;
  /** `/ispyb/api/v1`: used where py-ispyb writes absolute API paths (attachment URLs). */
  apiRoot: string;
  /** Per-API memo for expensive answers (cell histograms). */
  cache: Map<string, unknown>;
}

export interface AuthedContext extends RequestContext {
  viewer: Viewer;
}

type Handler<C> = (ctx: C) => Response | Promise<Response>;

interface RouteBase {
  method: string;
  template: string;
  regex: RegExp;
}

export type Route =
  | (RouteBase & { auth: true; handle: Handler<AuthedContext> })
  | (RouteBase & { auth: false; handle: Handler<RequestContext> });

function compile(template: string): RegExp {
  const source = template
    .split('/')
    .map((part) => {
      const param = /^\{(\w+)\}$/.exec(part);
      return param ? `(?<${param[1]}>[^/]+)` : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

/** A route that needs a Bearer token. */
export function route(method: string, template: string, handle: Handler<AuthedContext>): Route {
  return { method, template, regex: compile(template), auth: true, handle };
}

/** A route open without a token (`/auth/*`, `/openapi.json`). */
export function publicRoute(
  method: string,
  template: string,
  handle: Handler<RequestContext>,
): Route {
  return { method, template, regex: compile(template), auth: false, handle };
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed' }
  | { kind: 'not-found' };

/** First match wins, as in FastAPI: literal routes are registered before `{param}` ones. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  let pathMatched = false;
  for (const candidate of routes) {
    const match = candidate.regex.exec(path);
    if (!match) continue;
    pathMatched = true;
    if (candidate.method !== method) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      params[name] = decodeURIComponent(value);
    }
    return { kind: 'found', route: candidate, params };
  }
  return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
}

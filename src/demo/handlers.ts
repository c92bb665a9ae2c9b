import { authRoutes } from './auth.routes';
import { dataCollectionRoutes } from './datacollections.routes';
import { indexDataset, type DatasetIndex } from './dataset-index';
import type { DemoDataset } from './dataset.types';
import { eventRoutes } from './events.routes';
import { EXTENSIONS } from './extensions';
import { createFaultInjector, type FaultController } from './faults';
import { hostileResponse, wantsHostile } from './hostile';
import { detailResponse, errorToResponse } from './http.util';
import { verifyToken } from './jwt';
import { redeemOnceToken } from './processing-files';
import { processingRoutes } from './processings.routes';
import { proposalRoutes } from './proposals.routes';
import { matchRoute, type RequestContext, type Route } from './router';
import { sampleRoutes } from './samples.routes';
import { shippingRoutes } from './shipping.routes';
import { ssxRoutes } from './ssx.routes';
import { createViewer, type Viewer } from './visibility';

/** py-ispyb's API root; any URL whose path contains it is served (the prefix before it is ignored). */
export const API_ROOT = '/ispyb/api/v1';

/** Fixed, so tokens survive a dev-server restart; it protects nothing but demo data. */
export const DEFAULT_DEMO_SECRET = 'ispyb-web-demo-not-a-secret';

export interface DemoApiOptions {
  dataset: DemoDataset;
  /** The server clock (session `active`, creation times). Defaults to the real time. */
  now?: () => Date;
  /**
   * The clock tokens are issued and checked on; defaults to `now`. The app checks a token's expiry
   * on the browser's clock, so a demo whose data is frozen at a date (tests) keeps its tokens on
   * the real time: otherwise they would all read as expired five hours after that date.
   */
  tokenNow?: () => Date;
  secret?: string;
}

export interface DemoApi {
  /** Answers one Fetch request as py-ispyb would. Never throws. */
  handle(request: Request): Promise<Response>;
  readonly faults: FaultController;
  readonly dataset: DemoDataset;
}

/** Literal paths before `{param}` ones, as FastAPI matches in registration order. */
const ROUTES: readonly Route[] = [
  ...authRoutes,
  ...proposalRoutes,
  ...shippingRoutes,
  ...sampleRoutes,
  ...eventRoutes,
  ...dataCollectionRoutes,
  ...ssxRoutes,
  ...processingRoutes,
  ...EXTENSIONS.flatMap((extension) => extension.routes),
];

async function authenticate(
  request: Request,
  db: DatasetIndex,
  secret: string,
  now: Date,
): Promise<Viewer | Response> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  if (!match?.[1]) return detailResponse(401, 'No token provided.');
  const check = await verifyToken(match[1], secret, Math.floor(now.getTime() / 1000));
  if (!check.ok) {
    return detailResponse(
      401,
      check.reason === 'expired' ? 'Token expired. Please log in again' : 'Invalid token',
    );
  }
  const person = db.persons.get(check.claims.personId) ?? db.personsByLogin.get(check.claims.login);
  if (!person) return detailResponse(401, 'User does not exist in database.');
  return createViewer(db, person, check.claims.permissions);
}

export function createDemoApi(options: DemoApiOptions): DemoApi {
  const db = indexDataset(options.dataset);
  const clock = options.now ?? (() => new Date());
  const tokenClock = options.tokenNow ?? clock;
  const secret = options.secret ?? DEFAULT_DEMO_SECRET;
  const injector = createFaultInjector();
  const cache = new Map<string, unknown>();

  async function dispatch(request: Request, url: URL, path: string): Promise<Response> {
    const match = matchRoute(ROUTES, request.method.toUpperCase(), path);
    if (match.kind === 'not-found') return detailResponse(404, 'Not Found');
    if (match.kind === 'method-not-allowed') return detailResponse(405, 'Method Not Allowed');
    const now = clock();
    const tokenNow = tokenClock();
    const context: RequestContext = {
      request,
      url,
      path,
      query: url.searchParams,
      params: match.params,
      db,
      now,
      tokenNow,
      secret,
      apiRoot: API_ROOT,
      cache,
    };
    try {
      if (!match.route.auth) return await match.route.handle(context);
      // py-ispyb's one-time links (`POST /user/sign`): downloads that cannot send a header
      const onetime = url.searchParams.get('onetime');
      const viewer = onetime
        ? (redeemOnceToken(context, onetime) ?? detailResponse(401, 'Invalid one time token.'))
        : await authenticate(request, db, secret, tokenNow);
      if (viewer instanceof Response) return viewer;
      return await match.route.handle({ ...context, viewer });
    } catch (error) {
      return errorToResponse(error);
    }
  }

  return {
    dataset: options.dataset,
    faults: injector.controller,
    async handle(request) {
      try {
        const url = new URL(request.url);
        const at = url.pathname.indexOf(API_ROOT);
        if (at < 0) return detailResponse(404, 'Not Found');
        const path = url.pathname.slice(at + API_ROOT.length) || '/';
        const response = await injector.apply(request, path, () => dispatch(request, url, path));
        // The raw unit cells are numbers only, and 44 MB: never rewritten.
        return wantsHostile(request) && !path.endsWith('/processing/cells')
          ? await hostileResponse(response)
          : response;
      } catch (error) {
        return errorToResponse(error);
      }
    },
  };
}

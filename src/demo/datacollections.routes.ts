import { jsonResponse } from './http.util';
import { PAGING, pageOf, parseQuery } from './query.util';
import { route, type Route } from './router';
import { canSeeDataCollection } from './visibility';

const FILTERS = {
  dataCollectionId: { kind: 'int' },
  dataCollectionGroupId: { kind: 'int' },
  ...PAGING,
} as const;

/**
 * Data-collection side routes the demo has no data for. They answer as the real server does
 * when nothing is stored, so clients that probe them see the real "empty" shapes.
 */
export const dataCollectionRoutes: Route[] = [
  route('GET', '/datacollections/attachments', ({ query }) => {
    const { skip, limit } = pageOf(parseQuery(query, FILTERS));
    return jsonResponse({ total: 0, results: [], skip, limit });
  }),

  // Observed: with no per-image data the server still returns one object of null arrays, total 0.
  route('GET', '/datacollections/quality', ({ db, viewer, query }) => {
    const params = parseQuery(query, FILTERS);
    const { skip, limit } = pageOf(params);
    const id = params.dataCollectionId;
    const results =
      id !== undefined && canSeeDataCollection(db, viewer, id)
        ? [
            {
              dataCollectionId: id,
              imageNumber: null,
              totalIntegratedSignal: null,
              goodBraggCandidates: null,
              method2Res: null,
            },
          ]
        : [];
    return jsonResponse({ total: 0, results, skip, limit });
  }),
];

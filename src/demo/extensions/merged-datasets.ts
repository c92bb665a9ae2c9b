/**
 * The merged-datasets extension (docs/extensions/merged-datasets.md): `GET /ssx/merges` (paged,
 * by data collection group) and `GET /ssx/merges/{ssxMergeId}` (with the per-shell table).
 * A merge is visible exactly when its data collection group's session is.
 */
import type { SsxMergeRow, SsxMergeStatisticsRow } from '../dataset-merged.types';
import type { DemoDataset } from '../dataset.types';
import { HttpError, jsonResponse, paginate } from '../http.util';
import { ID_LIST_PATTERN, PAGING, pageOf, parsePathInt, parseQuery } from '../query.util';
import { route, type AuthedContext } from '../router';
import { canSeeSessionId } from '../visibility';
import type { DemoExtension } from './index';

interface MergeIndex {
  byId: Map<number, SsxMergeRow>;
  byGroup: Map<number, SsxMergeRow[]>;
}

const indexes = new WeakMap<DemoDataset, MergeIndex>();

function mergeIndex(data: DemoDataset): MergeIndex {
  let index = indexes.get(data);
  if (!index) {
    const byGroup = new Map<number, SsxMergeRow[]>();
    for (const merge of data.ssxMerges) {
      const list = byGroup.get(merge.dataCollectionGroupId);
      if (list) list.push(merge);
      else byGroup.set(merge.dataCollectionGroupId, [merge]);
    }
    index = { byId: new Map(data.ssxMerges.map((m) => [m.ssxMergeId, m])), byGroup };
    indexes.set(data, index);
  }
  return index;
}

function canSeeGroup({ db, viewer }: AuthedContext, groupId: number): boolean {
  const group = db.groups.get(groupId);
  return group !== undefined && canSeeSessionId(db, viewer, group.sessionId);
}

function serializeSummary(merge: SsxMergeRow) {
  const [a, b, c, alpha, beta, gamma] = merge.cell ?? [];
  return {
    ssxMergeId: merge.ssxMergeId,
    dataCollectionGroupId: merge.dataCollectionGroupId,
    name: merge.name,
    program: merge.program,
    processingStatus: merge.processingStatus,
    processingMessage: merge.processingMessage,
    recordTimeStamp: merge.recordTimeStamp,
    delay: merge.delay,
    delayType: merge.delayType,
    spaceGroup: merge.spaceGroup,
    cell_a: a ?? null,
    cell_b: b ?? null,
    cell_c: c ?? null,
    cell_alpha: alpha ?? null,
    cell_beta: beta ?? null,
    cell_gamma: gamma ?? null,
    runs: merge.runs,
    overall: merge.overall,
  };
}

const QUERY = {
  dataCollectionGroupIds: { kind: 'string', pattern: ID_LIST_PATTERN, required: true },
  ...PAGING,
} as const;

const number = { type: 'number' } as const;
const integer = { type: 'integer' } as const;
const nullable = (schema: Record<string, unknown>) => ({ ...schema, nullable: true });

const STATISTICS_FIELDS: Record<keyof SsxMergeStatisticsRow, unknown> = {
  resolutionLimitLow: { ...number, description: 'Å (low-resolution limit)' },
  resolutionLimitHigh: { ...number, description: 'Å (high-resolution limit)' },
  nTotalObservations: { ...integer, description: 'Reflections (observations) merged' },
  nTotalUniqueObservations: { ...integer, description: 'Unique reflections' },
  completeness: { ...number, description: '%' },
  multiplicity: number,
  meanIOverSigI: { ...number, description: '⟨I/σ(I)⟩' },
  ccHalf: { ...number, description: 'CC½, 0–1' },
  ccStar: { ...number, description: 'CC*, 0–1' },
  rSplit: { ...number, description: 'Rsplit, %' },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (schema: unknown) => ({
  description: 'Successful Response',
  content: { 'application/json': { schema } },
});
const operation = (
  summary: string,
  operationId: string,
  parameters: unknown[],
  schema: unknown,
) => ({
  tags: ['Serial crystallography (ispyb-web extension)'],
  summary,
  operationId,
  parameters,
  responses: {
    '200': ok(schema),
    '404': { description: 'Not found, or not visible to this user' },
    '422': {
      description: 'Validation Error',
      content: { 'application/json': { schema: ref('HTTPValidationError') } },
    },
  },
  security: [{ HTTPBearer: [] }],
});

const SUMMARY_PROPERTIES = {
  ssxMergeId: integer,
  dataCollectionGroupId: integer,
  name: { type: 'string' },
  program: nullable({ type: 'string' }),
  processingStatus: nullable({ ...integer, description: '1 success, 0 failed, null running' }),
  processingMessage: nullable({ type: 'string' }),
  recordTimeStamp: { type: 'string', format: 'date-time' },
  delay: nullable({ ...number, description: 's; null for the dark reference or a static dataset' }),
  delayType: nullable({ type: 'string', enum: ['pumpProbe', 'reaction'] }),
  spaceGroup: nullable({ type: 'string' }),
  cell_a: nullable(number),
  cell_b: nullable(number),
  cell_c: nullable(number),
  cell_alpha: nullable(number),
  cell_beta: nullable(number),
  cell_gamma: nullable(number),
  runs: { type: 'array', items: ref('SSXMergeRun') },
  overall: { ...ref('SSXMergeStatistics'), nullable: true },
};

export const mergedDatasetsExtension: DemoExtension = {
  name: 'merged-datasets',
  routes: [
    route('GET', '/ssx/merges', (ctx) => {
      const query = parseQuery(ctx.query, QUERY);
      const { skip, limit } = pageOf(query);
      const ids = [...new Set((query.dataCollectionGroupIds ?? '').split(',').map(Number))];
      const index = mergeIndex(ctx.db.data);
      const visible = ids
        .filter((id) => canSeeGroup(ctx, id))
        .flatMap((id) => index.byGroup.get(id) ?? [])
        .sort((x, y) => x.ssxMergeId - y.ssxMergeId);
      const page = paginate(visible, skip, limit);
      return jsonResponse({ ...page, results: page.results.map(serializeSummary) });
    }),
    route('GET', '/ssx/merges/{ssxMergeId}', (ctx) => {
      const id = parsePathInt(ctx.params, 'ssxMergeId');
      const merge = mergeIndex(ctx.db.data).byId.get(id);
      if (!merge || !canSeeGroup(ctx, merge.dataCollectionGroupId)) {
        throw new HttpError(404, 'Item not found');
      }
      return jsonResponse({ ...serializeSummary(merge), shells: merge.shells });
    }),
  ],
  openapi: {
    paths: {
      '/ispyb/api/v1/ssx/merges': {
        get: operation(
          'Get Ssx Merges',
          'get_ssx_merges',
          [
            {
              required: true,
              schema: { title: 'Datacollectiongroupids', pattern: ID_LIST_PATTERN, type: 'string' },
              name: 'dataCollectionGroupIds',
              in: 'query',
            },
            {
              required: false,
              schema: { title: 'Skip', type: 'integer', minimum: 0, default: 0 },
              name: 'skip',
              in: 'query',
            },
            {
              required: false,
              schema: { title: 'Limit', type: 'integer', exclusiveMinimum: 0, default: 25 },
              name: 'limit',
              in: 'query',
            },
          ],
          ref('Paginated_SSXMerge_'),
        ),
      },
      '/ispyb/api/v1/ssx/merges/{ssxMergeId}': {
        get: operation(
          'Get Ssx Merge',
          'get_ssx_merge',
          [
            {
              required: true,
              schema: { title: 'Ssxmergeid', type: 'integer' },
              name: 'ssxMergeId',
              in: 'path',
            },
          ],
          ref('SSXMergeDetail'),
        ),
      },
    },
    schemas: {
      SSXMergeStatistics: {
        title: 'SSXMergeStatistics',
        type: 'object',
        required: Object.keys(STATISTICS_FIELDS),
        properties: STATISTICS_FIELDS,
      },
      SSXMergeRun: {
        title: 'SSXMergeRun',
        type: 'object',
        required: ['dataCollectionId', 'nbIndexed', 'nbMerged'],
        properties: { dataCollectionId: integer, nbIndexed: integer, nbMerged: integer },
      },
      SSXMerge: {
        title: 'SSXMerge',
        type: 'object',
        required: ['ssxMergeId', 'dataCollectionGroupId', 'name', 'runs'],
        properties: SUMMARY_PROPERTIES,
      },
      SSXMergeDetail: {
        title: 'SSXMergeDetail',
        type: 'object',
        required: ['ssxMergeId', 'dataCollectionGroupId', 'name', 'runs', 'shells'],
        properties: {
          ...SUMMARY_PROPERTIES,
          shells: { type: 'array', items: ref('SSXMergeStatistics') },
        },
      },
      Paginated_SSXMerge_: {
        title: 'Paginated<SSXMerge>',
        type: 'object',
        required: ['total', 'results', 'skip', 'limit'],
        properties: {
          total: integer,
          results: { type: 'array', items: ref('SSXMerge') },
          skip: integer,
          limit: integer,
        },
      },
    },
  },
};

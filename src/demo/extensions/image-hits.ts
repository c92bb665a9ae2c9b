/**
 * ispyb-web's image-hits extension (docs/extensions/image-hits.md):
 * `GET /ssx/datacollection/processing/hits?dataCollectionIds=1,2&batchSize=1000`.
 */
import { jsonResponse } from '../http.util';
import { ID_LIST_PATTERN, parseQuery } from '../query.util';
import { route, type AuthedContext } from '../router';
import { canSeeDataCollection } from '../visibility';
import type { DemoExtension } from './index';
import {
  batchesOf,
  blocksOf,
  CHUNK_IMAGES,
  generateRunHitChunks,
  type RunHitChunks,
} from './image-hits-data';

const PATH = '/ssx/datacollection/processing/hits';
const DEFAULT_BATCH = 1_000;
const MAX_BATCH = 1_000_000;

const PARAMS = {
  dataCollectionIds: { kind: 'string', pattern: ID_LIST_PATTERN, required: true },
  batchSize: { kind: 'int', min: CHUNK_IMAGES },
} as const;

/** Kept per run: a 2.4 M-image run is 24 000 chunks to regenerate. */
function cachedChunks(ctx: AuthedContext, dataCollectionId: number): RunHitChunks | undefined {
  const key = `image-hits:${dataCollectionId}`;
  if (ctx.cache.has(key)) return ctx.cache.get(key) as RunHitChunks | undefined;
  const chunks = generateRunHitChunks(ctx.db, dataCollectionId);
  ctx.cache.set(key, chunks);
  return chunks;
}

const imageHitsRoute = route('GET', PATH, (ctx) => {
  const params = parseQuery(ctx.query, PARAMS);
  const ids = (params.dataCollectionIds ?? '').split(',').map((part) => Number.parseInt(part, 10));
  // The server counts in chunks of 100 images: a batch size is rounded up to a multiple of it.
  const asked = Math.min(MAX_BATCH, params.batchSize ?? DEFAULT_BATCH);
  const batchSize = Math.ceil(asked / CHUNK_IMAGES) * CHUNK_IMAGES;
  const results = [...new Set(ids)].flatMap((id) => {
    if (!canSeeDataCollection(ctx.db, ctx.viewer, id)) return [];
    const run = cachedChunks(ctx, id);
    if (!run) return [];
    return [
      {
        dataCollectionId: id,
        batchSize,
        numberOfImages: run.images,
        nbHits: run.hits,
        nbIndexed: run.indexed,
        batches: batchesOf(run, batchSize),
        positions:
          blocksOf(run)?.map((block) => ({
            ...block,
            apertureRow: null,
            apertureColumn: null,
          })) ?? null,
      },
    ];
  });
  return jsonResponse(results);
});

const counts = {
  images: { title: 'Images', type: 'integer' },
  nbHits: { title: 'Nbhits', type: 'integer' },
  nbIndexed: { title: 'Nbindexed', type: 'integer' },
};

export const imageHitsExtension: DemoExtension = {
  name: 'image-hits',
  routes: [imageHitsRoute],
  openapi: {
    paths: {
      [`/ispyb/api/v1${PATH}`]: {
        get: {
          tags: ['Serial crystallography'],
          summary: 'Get Ssx Datacollection Processing Hits',
          description:
            'Hits and indexed patterns per batch of consecutive images and, for fixed-target chips, per position (ispyb-web extension)',
          operationId: 'get_ssx_datacollection_processing_hits',
          parameters: [
            {
              required: true,
              schema: { title: 'Datacollectionids', pattern: '^\\d+(,\\d+)*$', type: 'string' },
              name: 'dataCollectionIds',
              in: 'query',
            },
            {
              required: false,
              schema: {
                title: 'Batchsize',
                minimum: CHUNK_IMAGES,
                type: 'integer',
                default: DEFAULT_BATCH,
              },
              name: 'batchSize',
              in: 'query',
              description: 'Images per batch (the server may round it up; the answer says)',
            },
          ],
          responses: {
            '200': {
              description: 'Successful Response',
              content: {
                'application/json': {
                  schema: {
                    title: 'Response Get Ssx Datacollection Processing Hits',
                    type: 'array',
                    items: { $ref: '#/components/schemas/SSXDataCollectionProcessingHits' },
                  },
                },
              },
            },
            '422': {
              description: 'Validation Error',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/HTTPValidationError' },
                },
              },
            },
          },
          security: [{ HTTPBearer: [] }],
        },
      },
    },
    schemas: {
      SSXDataCollectionProcessingHits: {
        title: 'SSXDataCollectionProcessingHits',
        required: [
          'dataCollectionId',
          'batchSize',
          'numberOfImages',
          'nbHits',
          'nbIndexed',
          'batches',
        ],
        type: 'object',
        properties: {
          dataCollectionId: { title: 'Datacollectionid', type: 'integer' },
          batchSize: { title: 'Batchsize', type: 'integer' },
          numberOfImages: { title: 'Numberofimages', type: 'integer' },
          nbHits: counts.nbHits,
          nbIndexed: counts.nbIndexed,
          batches: {
            title: 'Batches',
            type: 'array',
            items: { $ref: '#/components/schemas/SSXHitsBatch' },
          },
          positions: {
            title: 'Positions',
            type: 'array',
            nullable: true,
            items: { $ref: '#/components/schemas/SSXHitsPosition' },
          },
        },
      },
      SSXHitsBatch: {
        title: 'SSXHitsBatch',
        required: ['imageStart', 'imageEnd', 'images', 'nbHits', 'nbIndexed'],
        type: 'object',
        properties: {
          imageStart: { title: 'Imagestart', type: 'integer' },
          imageEnd: { title: 'Imageend', type: 'integer' },
          ...counts,
        },
      },
      SSXHitsPosition: {
        title: 'SSXHitsPosition',
        required: ['blockNumber', 'images', 'nbHits', 'nbIndexed'],
        type: 'object',
        properties: {
          blockNumber: { title: 'Blocknumber', type: 'integer' },
          apertureRow: { title: 'Aperturerow', type: 'integer', nullable: true },
          apertureColumn: { title: 'Aperturecolumn', type: 'integer', nullable: true },
          ...counts,
        },
      },
    },
  },
};

import { describe, expect, it } from 'vitest';
import { parseCapabilities } from '../capabilities';
import { createFakeHttp } from '../../testing/render';
import { runImageHitsListSchema } from './image-hits.dto';
import { mapRunImageHits } from './image-hits.mapper';
import { fetchRunImageHits, hasImageHits } from './image-hits';

/** The example of docs/extensions/image-hits.md. */
const RUN = {
  dataCollectionId: 40039,
  batchSize: 1000,
  numberOfImages: 2000,
  nbHits: 900,
  nbIndexed: 700,
  batches: [
    { imageStart: 1001, imageEnd: 2000, images: 1000, nbHits: 400, nbIndexed: 300 },
    { imageStart: 1, imageEnd: 1000, images: 1000, nbHits: 500, nbIndexed: 400 },
  ],
  positions: [
    {
      blockNumber: 1,
      apertureRow: null,
      apertureColumn: null,
      images: 400,
      nbHits: 200,
      nbIndexed: 150,
    },
    {
      blockNumber: 2,
      apertureRow: 3,
      apertureColumn: null,
      images: 400,
      nbHits: 100,
      nbIndexed: 80,
    },
    { blockNumber: 3, apertureRow: 3, apertureColumn: 4, images: 1, nbHits: 1, nbIndexed: 1 },
  ],
};
const EXAMPLE = [RUN];

describe('image hits mapper', () => {
  it('maps py-ispyb-style names, sorts batches by first image, reads aperture addresses', () => {
    const [run] = runImageHitsListSchema.parse(EXAMPLE).map(mapRunImageHits);
    expect(run?.hits).toBe(900);
    expect(run?.batches.map((b) => [b.imageStart, b.hits, b.indexed])).toEqual([
      [1, 500, 400],
      [1001, 400, 300],
    ]);
    expect(run?.positions?.map((p) => p.aperture)).toEqual([
      undefined,
      undefined,
      { row: 3, column: 4 },
    ]);
  });

  it('reads jets (positions null or absent) as having no positions', () => {
    const { positions: _p, ...jet } = RUN;
    expect(runImageHitsListSchema.parse([jet]).map(mapRunImageHits)[0]?.positions).toBeUndefined();
    expect(
      runImageHitsListSchema.parse([{ ...jet, positions: null }]).map(mapRunImageHits)[0]
        ?.positions,
    ).toBeUndefined();
  });

  it('rejects negative counts at the edge', () => {
    const bad = [{ ...RUN, nbHits: -1 }];
    expect(runImageHitsListSchema.safeParse(bad).success).toBe(false);
  });
});

describe('fetchRunImageHits', () => {
  it('asks with a comma list and a batch size; null when the run is not in the answer', async () => {
    const seen: string[] = [];
    const http = createFakeHttp({
      get: (path, params) => {
        seen.push(`${path}?${new URLSearchParams(params as Record<string, string>).toString()}`);
        return [];
      },
    });
    expect(await fetchRunImageHits(http, 40039, 2000)).toBeNull();
    expect(seen).toEqual([
      '/ssx/datacollection/processing/hits?dataCollectionIds=40039&batchSize=2000',
    ]);
  });

  it('is detected from the server’s openapi.json only', () => {
    const withRoute = parseCapabilities({
      paths: {
        '/ispyb/api/v1/auth/login': { post: {} },
        '/ispyb/api/v1/ssx/datacollection/processing/hits': { get: {} },
      },
    });
    expect(hasImageHits(withRoute)).toBe(true);
    expect(
      hasImageHits(parseCapabilities({ paths: { '/ispyb/api/v1/auth/login': { post: {} } } })),
    ).toBe(false);
  });
});

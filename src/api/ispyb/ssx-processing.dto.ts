import { z } from 'zod';

/** One entry per `ssx_stats.json` result file the server found for the requested runs. */
export const ssxStatsSchema = z.object({
  dataCollectionId: z.number(),
  nbHits: z.number(),
  nbIndexed: z.number(),
  /** sic: one "t", py-ispyb's spelling */
  laticeType: z.string().nullable(),
  /** Å */
  estimatedResolution: z.number().nullable(),
});

export const ssxStatsListSchema = z.array(ssxStatsSchema);

/** `x` = bin edges (one more than `y` on a real server), `y` = counts, outliers already cut. */
export const histogramSchema = z.object({
  x: z.array(z.number()),
  y: z.array(z.number()),
  median: z.number().nullable().optional(),
});

/** All six histograms are null when the runs have no indexed cells. */
export const cellHistogramsSchema = z.object({
  a: histogramSchema.nullable().optional(),
  b: histogramSchema.nullable().optional(),
  c: histogramSchema.nullable().optional(),
  alpha: histogramSchema.nullable().optional(),
  beta: histogramSchema.nullable().optional(),
  gamma: histogramSchema.nullable().optional(),
  dataCollectionIds: z.array(z.number()),
});

export type SsxStatsDto = z.infer<typeof ssxStatsSchema>;
export type HistogramDto = z.infer<typeof histogramSchema>;
export type CellHistogramsDto = z.infer<typeof cellHistogramsSchema>;

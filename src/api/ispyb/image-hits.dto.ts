import { z } from 'zod';

/**
 * ispyb-web's image-hits extension (`docs/extensions/image-hits.md`), in its own field names:
 * `nbHits` / `nbIndexed` as py-ispyb's `/ssx/datacollection/processing/stats` spells them.
 */
const countsSchema = {
  images: z.number().int().nonnegative(),
  nbHits: z.number().int().nonnegative(),
  nbIndexed: z.number().int().nonnegative(),
};

export const hitBatchSchema = z.object({
  imageStart: z.number().int(),
  imageEnd: z.number().int(),
  ...countsSchema,
});

export const positionHitsSchema = z.object({
  blockNumber: z.number().int(),
  /** `null` when the server counts per block. */
  apertureRow: z.number().int().nullable().optional(),
  apertureColumn: z.number().int().nullable().optional(),
  ...countsSchema,
});

export const runImageHitsSchema = z.object({
  dataCollectionId: z.number().int(),
  batchSize: z.number().int().positive(),
  numberOfImages: z.number().int().nonnegative(),
  nbHits: z.number().int().nonnegative(),
  nbIndexed: z.number().int().nonnegative(),
  batches: z.array(hitBatchSchema),
  /** `null` for runs not on a fixed-target chip. */
  positions: z.array(positionHitsSchema).nullable().optional(),
});

/** Like the stats route: one entry per requested run that has results, others left out. */
export const runImageHitsListSchema = z.array(runImageHitsSchema);

export type HitBatchDto = z.infer<typeof hitBatchSchema>;
export type PositionHitsDto = z.infer<typeof positionHitsSchema>;
export type RunImageHitsDto = z.infer<typeof runImageHitsSchema>;

import { z } from 'zod';
import { ispybDateTime, paginated } from './common.dto';

/**
 * The merged-datasets extension (docs/extensions/merged-datasets.md), in its wire names.
 * Statistics are required numbers (a shell without them says nothing); descriptive fields are
 * lenient, as on py-ispyb's own routes.
 */
export const mergeStatisticsSchema = z.object({
  /** Å */
  resolutionLimitLow: z.number(),
  /** Å */
  resolutionLimitHigh: z.number(),
  nTotalObservations: z.number(),
  nTotalUniqueObservations: z.number(),
  /** % */
  completeness: z.number(),
  multiplicity: z.number(),
  meanIOverSigI: z.number(),
  /** 0–1 */
  ccHalf: z.number(),
  /** 0–1; derived from CC½ when absent */
  ccStar: z.number().nullable().optional(),
  /** % */
  rSplit: z.number(),
});

export const mergeRunSchema = z.object({
  dataCollectionId: z.number(),
  nbIndexed: z.number(),
  nbMerged: z.number(),
});

const cellField = z.number().nullable().optional();

export const mergeSchema = z.object({
  ssxMergeId: z.number(),
  dataCollectionGroupId: z.number(),
  name: z.string(),
  program: z.string().nullable().optional(),
  /** 1 success, 0 failed, null running (AutoProcProgram's convention) */
  processingStatus: z.number().nullable().optional(),
  processingMessage: z.string().nullable().optional(),
  recordTimeStamp: ispybDateTime.nullable().optional(),
  /** s */
  delay: z.number().nullable().optional(),
  delayType: z.string().nullable().optional(),
  spaceGroup: z.string().nullable().optional(),
  cell_a: cellField,
  cell_b: cellField,
  cell_c: cellField,
  cell_alpha: cellField,
  cell_beta: cellField,
  cell_gamma: cellField,
  runs: z.array(mergeRunSchema),
  overall: mergeStatisticsSchema.nullable().optional(),
});

export const mergeDetailSchema = mergeSchema.extend({
  shells: z.array(mergeStatisticsSchema),
});

export const mergePageSchema = paginated(mergeSchema);

export type MergeStatisticsDto = z.infer<typeof mergeStatisticsSchema>;
export type MergeDto = z.infer<typeof mergeSchema>;
export type MergeDetailDto = z.infer<typeof mergeDetailSchema>;

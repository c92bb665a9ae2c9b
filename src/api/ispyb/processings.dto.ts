import { z } from 'zod';
import { ispybDateTime, paginated } from './common.dto';

const num = z.number().nullable();
/** Columns only some databases have (DLS vs ESRF models) or only our demo server sends. */
const extraNum = z.number().nullable().optional();

/**
 * py-ispyb maps program status to `null` running, 0 failed, 1 success, 2 did not run. The ESRF
 * models store an enum (`RUNNING`, `FAILED`, `SUCCESS`): accepted too, in case a route passes it
 * through unmapped.
 */
export const processingStatusCodeSchema = z.union([z.number(), z.string()]).nullable();

// ---- /processings/status

const programStatusSchema = z.object({
  status: processingStatusCodeSchema,
  autoProcProgramId: z.number(),
});

export const runProcessingStatusSchema = z.object({
  screening: z
    .record(
      z.string(),
      z.array(
        z.object({
          status: processingStatusCodeSchema,
          indexingSuccess: processingStatusCodeSchema.optional(),
        }),
      ),
    )
    .nullable()
    .optional(),
  xrc: z
    .record(z.string(), z.array(z.object({ status: processingStatusCodeSchema })))
    .nullable()
    .optional(),
  processing: z.record(z.string(), z.array(programStatusSchema)).nullable().optional(),
  autoIntegration: z.record(z.string(), z.array(programStatusSchema)).nullable().optional(),
  em: z.record(z.string(), z.unknown()).nullable().optional(),
});

/** Keyed by data collection id (a string, as JSON object keys are). */
export const processingStatusesSchema = z.object({
  statuses: z.record(z.string(), runProcessingStatusSchema),
});

// ---- /processings/messages and /processings/messages/status

export const processingMessageSchema = z.object({
  autoProcProgramMessageId: z.number(),
  autoProcProgramId: z.number(),
  /** `ERROR` | `WARNING` | `INFO` */
  severity: z.string(),
  description: z.string().nullable(),
  message: z.string().nullable(),
  recordTimeStamp: ispybDateTime.nullable(),
});

export const processingMessagePageSchema = paginated(processingMessageSchema);

export const messageStatusesSchema = z.object({
  statuses: z.record(
    z.string(),
    z.object({ errors: z.number(), warnings: z.number(), info: z.number() }),
  ),
});

// ---- /processings/attachments

export const processingAttachmentSchema = z.object({
  autoProcProgramAttachmentId: z.number(),
  autoProcProgramId: z.number(),
  fileName: z.string(),
  fileType: z.string(),
  importanceRank: num,
  _metadata: z.object({ url: z.string() }),
});

export const processingAttachmentPageSchema = paginated(processingAttachmentSchema);

// ---- /user/sign (one-time tokens for links that cannot carry the Bearer header)

export const onceTokenSchema = z.object({ validity: z.string(), token: z.string().min(1) });

// ---- /processings/auto-integrations

export const scalingStatisticsSchema = z.object({
  /** `overall` | `innerShell` | `outerShell` */
  scalingStatisticsType: z.string().nullable(),
  comments: z.string().nullable(),
  resolutionLimitLow: num,
  resolutionLimitHigh: num,
  rMerge: num,
  rMeasAllIPlusIMinus: num,
  rPimAllIPlusIMinus: num,
  /** Never served by py-ispyb; read if a server (our demo) adds them. */
  rMeasWithinIPlusIMinus: extraNum,
  rPimWithinIPlusIMinus: extraNum,
  fractionalPartialBias: num,
  nTotalObservations: num,
  nTotalUniqueObservations: num,
  meanIOverSigI: num,
  completeness: num,
  multiplicity: num,
  anomalousCompleteness: num,
  anomalousMultiplicity: num,
  anomalous: z.boolean().nullable(),
  ccHalf: num,
  /** Always null with the ESRF models (their column is `ccAno`). */
  ccAnomalous: num,
  resIOverSigI2: num,
});

export const autoProcSchema = z.object({
  spaceGroup: z.string().nullable(),
  refinedCell_a: num,
  refinedCell_b: num,
  refinedCell_c: num,
  refinedCell_alpha: num,
  refinedCell_beta: num,
  refinedCell_gamma: num,
});

export const autoProcIntegrationSchema = z.object({
  refinedXBeam: num,
  refinedYBeam: num,
  DataCollection: z.object({ xBeam: num, yBeam: num }).nullable().optional(),
  AutoProcScalingHasInt: z
    .array(
      z.object({
        AutoProcScaling: z
          .object({
            AutoProc: autoProcSchema.nullable().optional(),
            AutoProcScalingStatistics: z.array(scalingStatisticsSchema).nullable().optional(),
          })
          .nullable()
          .optional(),
      }),
    )
    .nullable()
    .optional(),
});

export const autoProcProgramSchema = z.object({
  autoProcProgramId: z.number(),
  processingCommandLine: z.string().nullable(),
  processingPrograms: z.string().nullable(),
  processingStatus: processingStatusCodeSchema,
  processingMessage: z.string().nullable(),
  processingStartTime: ispybDateTime.nullable(),
  processingEndTime: ispybDateTime.nullable(),
  processingEnvironment: z.string().nullable(),
  recordTimeStamp: ispybDateTime.nullable(),
  _metadata: z
    .object({
      attachments: extraNum,
      autoProcProgramMessages: z.array(processingMessageSchema).nullable().optional(),
      imageSweepCount: extraNum,
    })
    .nullable()
    .optional(),
});

export const autoProcProgramPageSchema = paginated(autoProcProgramSchema);

export const autoIntegrationSchema = autoProcProgramSchema.extend({
  AutoProcIntegration: z.array(autoProcIntegrationSchema).nullable().optional(),
});

export const autoIntegrationPageSchema = paginated(autoIntegrationSchema);

export type ProcessingStatusCodeDto = z.infer<typeof processingStatusCodeSchema>;
export type RunProcessingStatusDto = z.infer<typeof runProcessingStatusSchema>;
export type ProcessingStatusesDto = z.infer<typeof processingStatusesSchema>;
export type ProcessingMessageDto = z.infer<typeof processingMessageSchema>;
export type MessageStatusesDto = z.infer<typeof messageStatusesSchema>;
export type ProcessingAttachmentDto = z.infer<typeof processingAttachmentSchema>;
export type ScalingStatisticsDto = z.infer<typeof scalingStatisticsSchema>;
export type AutoProcIntegrationDto = z.infer<typeof autoProcIntegrationSchema>;
export type AutoIntegrationDto = z.infer<typeof autoIntegrationSchema>;
export type AutoProcProgramDto = z.infer<typeof autoProcProgramSchema>;

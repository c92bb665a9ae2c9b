import { z } from 'zod';
import { paginated } from './common.dto';

const nullableNumber = z.number().nullable();
/** Present on some branches only (S/F, or our demo server's extension). */
const extraNumber = z.number().nullable().optional();

export const concentrationTypeSchema = z.object({
  concentrationTypeId: z.number(),
  name: z.string(),
  /** Unit, e.g. `M`, `%(v/v)`, `mg/ml`. */
  symbol: z.string(),
});

export const componentSchema = z.object({
  componentId: z.number(),
  name: z.string(),
  composition: z.string().nullable().optional(),
  ComponentType: z.object({ componentTypeId: z.number(), name: z.string() }),
});

/** SampleComposition / CrystalComposition rows (S/F branches). */
export const compositionSchema = z.object({
  Component: componentSchema,
  abundance: extraNumber,
  ratio: extraNumber,
  /** ESRF models spell the column `ph`… */
  ph: extraNumber,
  /** …the DLS schema `pH`. */
  pH: extraNumber,
  ConcentrationType: concentrationTypeSchema.nullable().optional(),
});

export const sampleProteinSchema = z.object({
  /** S/F only (M/W put `proteinId` on the Crystal instead). */
  proteinId: z.number().optional(),
  /** A string on the wire (`"1"`), unlike `/proteins`: accept both. */
  proposalId: z.union([z.string(), z.number()]),
  name: z.string(),
  acronym: z.string(),
});

export const sampleCrystalSchema = z.object({
  crystalId: z.number(),
  /** M/W only. */
  proteinId: z.number().optional(),
  // S/F type the cell and size as integers (decimals truncated): numbers either way here
  cell_a: nullableNumber,
  cell_b: nullableNumber,
  cell_c: nullableNumber,
  cell_alpha: nullableNumber,
  cell_beta: nullableNumber,
  cell_gamma: nullableNumber,
  size_X: extraNumber,
  size_Y: extraNumber,
  size_Z: extraNumber,
  /** Crystal density in the slurry: no py-ispyb branch serves it; our demo server adds it. */
  abundance: extraNumber,
  crystal_compositions: z.array(compositionSchema).nullable().optional(),
  Protein: sampleProteinSchema,
});

export const sampleSchema = z.object({
  blSampleId: z.number(),
  name: z.string(),
  comments: z.string().nullable(),
  /** Position in the container. */
  location: nullableNumber,
  containerId: nullableNumber,
  loopType: z.string().nullable().optional(),
  Crystal: sampleCrystalSchema,
  /** Null for container-less samples (SSX webservice samples, visible on S/F only). */
  Container: z
    .object({
      code: z.string(),
      sampleChangerLocation: z.string().nullable(),
      beamlineLocation: z.string().nullable(),
    })
    .nullable(),
  sample_compositions: z.array(compositionSchema).nullable().optional(),
  /** µL; not served by py-ispyb, added by our demo server. */
  volume: extraNumber,
  /** Free text ("Oxford chip", "HVE injector"); not served by py-ispyb, added by our demo server. */
  support: z.string().nullable().optional(),
  _metadata: z
    .object({
      subsamples: z.number(),
      datacollections: z.number(),
      types: z.array(z.string()).nullable(),
      queued: z.boolean().nullable().optional(),
      strategies: extraNumber,
      autoIntegrations: extraNumber,
      integratedResolution: extraNumber,
      proposal: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
});

export const samplePageSchema = paginated(sampleSchema);

export type CompositionDto = z.infer<typeof compositionSchema>;
export type SampleCrystalDto = z.infer<typeof sampleCrystalSchema>;
export type SampleDto = z.infer<typeof sampleSchema>;

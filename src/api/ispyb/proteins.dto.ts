import { z } from 'zod';
import { paginated } from './common.dto';

/** Some integer columns come back as strings (`containmentLevel: "1"`): accept either. */
const looseText = z.union([z.string(), z.number()]).nullable();

export const proteinSchema = z.object({
  proteinId: z.number(),
  proposalId: z.number(),
  name: z.string(),
  acronym: z.string(),
  sequence: z.string().nullable(),
  density: z.number().nullable(),
  molecularMass: z.number().nullable(),
  containmentLevel: looseText,
  hazardGroup: looseText,
  safetyLevel: z.string().nullable(),
  ComponentType: z.object({ componentTypeId: z.number(), name: z.string() }).nullable(),
  _metadata: z
    .object({
      pdbs: z.number().nullable().optional(),
      crystals: z.number().nullable().optional(),
      samples: z.number().nullable().optional(),
      datacollections: z.number().nullable().optional(),
    })
    .nullable()
    .optional(),
});

export const proteinPageSchema = paginated(proteinSchema);

export type ProteinDto = z.infer<typeof proteinSchema>;

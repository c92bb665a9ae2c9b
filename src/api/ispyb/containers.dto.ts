import { z } from 'zod';
import { paginated } from './common.dto';

export const containerSchema = z.object({
  containerId: z.number(),
  dewarId: z.number(),
  code: z.string(),
  /** Free text in ISPyB (`Unipuck`, `Box`, …), not the ContainerType lookup. */
  containerType: z.string(),
  sampleChangerLocation: z.string().nullable(),
  beamlineLocation: z.string().nullable(),
  Dewar: z.object({
    code: z.string(),
    Shipping: z.object({
      proposalId: z.number(),
      shippingName: z.string(),
    }),
  }),
});

export const containerPageSchema = paginated(containerSchema);

export type ContainerDto = z.infer<typeof containerSchema>;

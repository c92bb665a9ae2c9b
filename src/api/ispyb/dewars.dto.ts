import { z } from 'zod';
import { paginated } from './common.dto';

export const dewarSchema = z.object({
  dewarId: z.number(),
  shippingId: z.number(),
  code: z.string(),
  /** Not a database column on M/W: always null there. */
  dewarType: z.string().nullable(),
  Shipping: z.object({
    proposalId: z.number(),
    shippingName: z.string(),
  }),
});

export const dewarPageSchema = paginated(dewarSchema);

export type DewarDto = z.infer<typeof dewarSchema>;

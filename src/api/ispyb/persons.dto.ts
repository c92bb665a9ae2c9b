import { z } from 'zod';
import { paginated } from './common.dto';

export const personSchema = z.object({
  personId: z.number(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  _metadata: z
    .object({
      sessions: z.number().nullable().optional(),
      lastSession: z.string().nullable().optional(),
      role: z.string().nullable().optional(),
      remote: z.boolean().nullable().optional(),
    })
    .nullable()
    .optional(),
});

export const personPageSchema = paginated(personSchema);
export type PersonDto = z.infer<typeof personSchema>;

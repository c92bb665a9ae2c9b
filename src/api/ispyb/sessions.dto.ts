import { z } from 'zod';
import { ispybDateTime, paginated } from './common.dto';

export const sessionSchema = z.object({
  sessionId: z.number(),
  proposalId: z.number(),
  session: z.string(),
  proposal: z.string(),
  visit_number: z.number().nullable(),
  startDate: ispybDateTime,
  endDate: ispybDateTime,
  beamLineName: z.string(),
  beamLineOperator: z.string().nullable(),
  scheduled: z.boolean().nullable(),
  /** py-ispyb master only; the SSX branch lacks it. */
  comments: z.string().nullable().optional(),
  _metadata: z.object({
    datacollections: z.number().nullable(),
    uiGroups: z.array(z.string()).nullable().optional(),
    persons: z.number(),
    active: z.boolean(),
    active_soon: z.boolean(),
    sessionTypes: z.array(z.string()),
  }),
});

export const sessionPageSchema = paginated(sessionSchema);
export type SessionDto = z.infer<typeof sessionSchema>;

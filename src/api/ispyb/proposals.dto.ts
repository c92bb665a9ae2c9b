import { z } from 'zod';
import { paginated } from './common.dto';

export const proposalSchema = z.object({
  proposalId: z.number(),
  proposalCode: z.string(),
  proposalNumber: z.string(),
  proposal: z.string(),
  title: z.string().nullable(),
  state: z.string().nullable(),
  _metadata: z.object({
    persons: z.number(),
    sessions: z.number(),
    beamLines: z.array(z.string()),
    uiGroups: z.array(z.string()).nullable().optional(),
  }),
});

export const proposalPageSchema = paginated(proposalSchema);
export type ProposalDto = z.infer<typeof proposalSchema>;

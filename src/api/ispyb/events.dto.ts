import { z } from 'zod';
import { ispybDateTime, paginated } from './common.dto';
import { dataCollectionSchema } from './data-collections.dto';

const eventBase = {
  id: z.number(),
  startTime: ispybDateTime.nullable(),
  endTime: ispybDateTime.nullable(),
  /** minutes */
  duration: z.number().nullable(),
  count: z.number(),
  session: z.string().nullable(),
  sessionId: z.number(),
  proposal: z.string(),
  blSample: z.string().nullable(),
  blSampleId: z.number().nullable(),
  attachments: z.number().nullable().optional(),
};

/** `/events` mixes data collections with robot, XRF and energy-scan events; only `dc` matters here. */
export const eventSchema = z.discriminatedUnion('type', [
  z.object({ ...eventBase, type: z.literal('dc'), Item: dataCollectionSchema }),
  z.object({
    ...eventBase,
    type: z.enum(['robot', 'xrf', 'es']),
    Item: z.record(z.string(), z.unknown()),
  }),
]);

export const eventPageSchema = paginated(eventSchema);
export type EventDto = z.infer<typeof eventSchema>;
export type DataCollectionEventDto = Extract<EventDto, { type: 'dc' }>;

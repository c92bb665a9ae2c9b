import { z } from 'zod';

/** Optional and nullable: ssx-webservice sends null, the 192 branch omits null fields. */
const maybeNumber = z.number().nullable().optional();

export const timingEventSchema = z.object({
  eventId: z.number(),
  eventChainId: z.number(),
  eventTypeId: z.number(),
  componentId: maybeNumber,
  name: z.string().nullable().optional(),
  /** s from the start of the data collection */
  offset: z.number(),
  /** s */
  duration: maybeNumber,
  /** s */
  period: maybeNumber,
  /** count; a float column */
  repetition: maybeNumber,
  /** 192 branch only; ssx-webservice sends the bare `eventTypeId`. */
  EventType: z
    .object({ eventTypeId: z.number().optional(), name: z.string() })
    .nullable()
    .optional(),
});

export const eventChainSchema = z.object({
  eventChainId: z.number(),
  dataCollectionId: z.number(),
  name: z.string().nullable().optional(),
  events: z.array(timingEventSchema),
});

/** ssx-webservice `GET /eventchains`: the untyped `Paged` envelope (skip/limit optional). */
export const eventChainPageSchema = z.object({
  total: z.number(),
  results: z.array(eventChainSchema),
  skip: z.number().optional(),
  limit: z.number().optional(),
});

/** 192 branch `GET /eventchain`: a plain array, no paging. */
export const eventChainListSchema = z.array(eventChainSchema);

export type TimingEventDto = z.infer<typeof timingEventSchema>;
export type EventChainDto = z.infer<typeof eventChainSchema>;
export type EventChainPageDto = z.infer<typeof eventChainPageSchema>;
export type EventChainListDto = z.infer<typeof eventChainListSchema>;

import { sortEvents, type EventChain, type EventType, type TimingEvent } from '../../domain/timing';
import { opt } from './common.mapper';
import type {
  EventChainDto,
  EventChainListDto,
  EventChainPageDto,
  TimingEventDto,
} from './eventchains.dto';

/**
 * EventType ids in the order the ISPyB schema inserts them. Only a fallback: a server that
 * creates types on the fly (ssx-webservice does) numbers them in creation order, so a name sent
 * by the server always wins and a type read from here is flagged `typeInferred`.
 */
export const STANDARD_EVENT_TYPE_IDS: Readonly<Record<number, EventType>> = {
  1: 'XrayDetection',
  2: 'XrayExposure',
  3: 'LaserExcitation',
  4: 'ReactionTrigger',
};

export function mapTimingEvent(
  dto: TimingEventDto,
  typeIds: Readonly<Record<number, EventType>> = STANDARD_EVENT_TYPE_IDS,
): TimingEvent {
  const named = dto.EventType?.name.trim();
  // an unknown id is kept visible rather than guessed
  const type = named || (typeIds[dto.eventTypeId] ?? `Unknown event type ${dto.eventTypeId}`);
  return {
    id: dto.eventId,
    type,
    name: opt(dto.name),
    offset: dto.offset,
    duration: opt(dto.duration),
    period: opt(dto.period),
    repetition: opt(dto.repetition),
    typeInferred: !named,
  };
}

export function mapEventChain(
  dto: EventChainDto,
  typeIds: Readonly<Record<number, EventType>> = STANDARD_EVENT_TYPE_IDS,
): EventChain {
  return {
    id: dto.eventChainId,
    dataCollectionId: dto.dataCollectionId,
    name: opt(dto.name),
    // py-ispyb does not order the events of a chain
    events: sortEvents(dto.events.map((e) => mapTimingEvent(e, typeIds))),
  };
}

/** Accepts both wire shapes: ssx-webservice's page and the 192 branch's plain array. */
export function mapEventChains(
  dto: EventChainPageDto | EventChainListDto,
  typeIds: Readonly<Record<number, EventType>> = STANDARD_EVENT_TYPE_IDS,
): EventChain[] {
  const chains = Array.isArray(dto) ? dto : dto.results;
  return chains.map((c) => mapEventChain(c, typeIds));
}

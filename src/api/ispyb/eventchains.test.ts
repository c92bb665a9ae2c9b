import { describe, expect, it } from 'vitest';
import { pumpProbeDelay } from '../../domain/timing';
import { eventChainListSchema, eventChainPageSchema } from './eventchains.dto';
import { mapEventChains, mapTimingEvent } from './eventchains.mapper';
import { branchResponse, firstIssuePath, must, recorded } from '../../testing/fixtures';

describe('event chains, ssx-webservice shape (`/eventchains`, ids only)', () => {
  it('maps the recorded chain, sorted by offset, types from the standard id table', () => {
    const [chain, ...rest] = mapEventChains(eventChainPageSchema.parse(recorded('eventchains')));
    expect(rest).toEqual([]);
    expect(chain).toEqual({
      id: 2,
      dataCollectionId: 3,
      name: 'pump-probe 1 ms',
      events: [
        {
          id: 3,
          type: 'LaserExcitation',
          name: 'Laser pump 450 nm',
          offset: 0,
          duration: 1e-5,
          period: undefined,
          repetition: 1,
          typeInferred: true,
        },
        {
          id: 4,
          type: 'XrayExposure',
          name: 'X-ray probe',
          offset: 0.001,
          duration: 0.01,
          period: undefined,
          repetition: 1,
          typeInferred: true,
        },
        {
          id: 5,
          type: 'XrayDetection',
          name: 'Detector readout',
          offset: 0.001,
          duration: 0.01,
          period: undefined,
          repetition: 1,
          typeInferred: true,
        },
      ],
    });
    expect(pumpProbeDelay(must(chain))).toBeCloseTo(0.001);
  });

  it('sorts events the server sent out of order', () => {
    const dto = structuredClone(recorded('eventchains')) as {
      results: [{ events: unknown[] }];
    };
    dto.results[0].events.reverse();
    const [chain] = mapEventChains(eventChainPageSchema.parse(dto));
    expect(chain?.events.map((e) => e.offset)).toEqual([0, 0.001, 0.001]);
  });

  it('maps the branch capture (whose ids do not follow the standard table)', () => {
    const [chain] = mapEventChains(
      eventChainPageSchema.parse(
        branchResponse('ssx-webservice', '/eventchains?dataCollectionId=2'),
      ),
    );
    // this database created "LaserExcitation" first, so id 1 is a laser here: hence `typeInferred`
    expect(chain?.events.map((e) => [e.name, e.type, e.typeInferred])).toEqual([
      ['Laser 1', 'XrayDetection', true],
      ['X-ray', 'XrayExposure', true],
    ]);
  });

  it('accepts a facility-specific id table', () => {
    const [chain] = mapEventChains(
      eventChainPageSchema.parse(
        branchResponse('ssx-webservice', '/eventchains?dataCollectionId=2'),
      ),
      { 1: 'LaserExcitation', 2: 'XrayDetection' },
    );
    expect(chain?.events.map((e) => e.type)).toEqual(['LaserExcitation', 'XrayDetection']);
    expect(pumpProbeDelay(must(chain))).toBeCloseTo(0.01);
  });
});

describe('event chains, 192 shape (`/eventchain`, typed, nulls omitted)', () => {
  it('uses the EventType name the server sends', () => {
    const chains = mapEventChains(
      eventChainListSchema.parse(
        branchResponse('192-implement-ssx-fundamentals', '/eventchain?dataCollectionId=2'),
      ),
    );
    expect(chains).toEqual([
      {
        id: 1,
        dataCollectionId: 2,
        name: 'pump-probe',
        events: [
          {
            id: 1,
            type: 'LaserExcitation',
            name: 'Laser 1',
            offset: 0,
            duration: 5e-6,
            period: 0.1,
            repetition: 1,
            typeInferred: false,
          },
          {
            id: 2,
            type: 'XrayDetection',
            name: 'X-ray',
            offset: 0.01,
            duration: 0.01,
            period: 0.1,
            repetition: 1,
            typeInferred: false,
          },
        ],
      },
    ]);
  });

  it('accepts an event with its null fields omitted', () => {
    const [chain] = eventChainListSchema.parse([
      {
        eventChainId: 1,
        dataCollectionId: 2,
        events: [
          {
            eventId: 9,
            eventChainId: 1,
            eventTypeId: 4,
            offset: 0.5,
            EventType: { eventTypeId: 4, name: 'ReactionTrigger' },
          },
        ],
      },
    ]);
    const event = mapTimingEvent(must(chain?.events[0]));
    expect(event).toEqual({
      id: 9,
      type: 'ReactionTrigger',
      name: undefined,
      offset: 0.5,
      duration: undefined,
      period: undefined,
      repetition: undefined,
      typeInferred: false,
    });
  });
});

describe('event types', () => {
  it('keeps an unknown id visible instead of guessing', () => {
    const event = mapTimingEvent({ eventId: 1, eventChainId: 1, eventTypeId: 12, offset: 0 });
    expect(event.type).toBe('Unknown event type 12');
    expect(event.typeInferred).toBe(true);
  });
});

describe('event chain contract violations', () => {
  it('names an event without an offset', () => {
    const dto = structuredClone(recorded('eventchains')) as {
      results: [{ events: [unknown, Record<string, unknown>] }];
    };
    delete dto.results[0].events[1].offset;
    expect(firstIssuePath(eventChainPageSchema.safeParse(dto))).toBe('results[0].events[1].offset');
  });

  it('names a typed event without a name on 192', () => {
    const dto = structuredClone(
      branchResponse('192-implement-ssx-fundamentals', '/eventchain?dataCollectionId=2'),
    ) as [{ events: [{ EventType: Record<string, unknown> }] }];
    delete dto[0].events[0].EventType.name;
    expect(firstIssuePath(eventChainListSchema.safeParse(dto))).toBe(
      '[0].events[0].EventType.name',
    );
  });
});

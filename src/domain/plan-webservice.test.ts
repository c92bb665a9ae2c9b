import { describe, expect, it } from 'vitest';
import openapi from '../../tests/fixtures/openapi/openapi.json';
import { validateJsonSchema, type JsonSchema, type OpenApiDocument } from '../testing/json-schema';
import { estimatePlan } from './plan-estimates';
import { templatePlan } from './plan-fixtures';
import { addSecondsToWallClock, webserviceBodies, type WebserviceBodies } from './plan-webservice';

const doc = openapi as unknown as OpenApiDocument & {
  paths: Record<
    string,
    { post?: { requestBody?: { content: Record<string, { schema: JsonSchema }> } } }
  >;
};

/** The request-body schema of a route, as py-ispyb's openapi.json declares it. */
function bodySchema(route: string): JsonSchema {
  const schema =
    doc.paths[`/ispyb/api/v1${route}`]?.post?.requestBody?.content['application/json']?.schema;
  if (!schema) throw new Error(`no body schema for ${route}`);
  return schema;
}

function bodies(
  plan = templatePlan('delay-series', {
    sessionId: 70001,
    sampleId: 345,
    startTime: '2026-12-01T09:00',
  }),
): WebserviceBodies {
  const estimate = estimatePlan(plan);
  const result = webserviceBodies(plan, estimate.kind === 'ok' ? estimate.estimate : undefined, 12);
  if (result.kind !== 'ok') throw new Error(result.missing.join(' '));
  return result.bodies;
}

describe('webserviceBodies', () => {
  it('writes a group body that py-ispyb’s SSXDataCollectionGroupCreate accepts', () => {
    const { datacollectiongroup } = bodies();
    expect(
      validateJsonSchema(
        datacollectiongroup,
        bodySchema('/webservices/ssx/datacollectiongroup'),
        doc,
      ),
    ).toEqual([]);
    // six runs of 2 000 s each follow the 09:00 start: 12 000 s = 3 h 20 min
    expect(datacollectiongroup).toEqual({
      sessionId: 70001,
      startTime: '2026-12-01T09:00:00',
      endTime: '2026-12-01T12:20:00',
      experimentType: 'SSX-Chip',
      comments: 'Untitled plan',
      sampleId: 345,
    });
  });

  it('writes one data collection body per run that SSXDataCollectionCreate accepts', () => {
    const { datacollections } = bodies();
    expect(datacollections).toHaveLength(6);
    const schema = bodySchema('/webservices/ssx/datacollection');
    for (const body of datacollections) expect(validateJsonSchema(body, schema, doc)).toEqual([]);
    const [dark, first] = datacollections;
    expect(dark?.event_chains[0]?.events.map((e) => e.type)).toEqual([
      'XrayExposure',
      'XrayDetection',
    ]);
    expect(first).toMatchObject({
      dataCollectionGroupId: 12,
      startTime: '2026-12-01T09:33:20',
      endTime: '2026-12-01T10:06:40',
      numberOfImages: 200_000,
      exposureTime: 0.005,
      repetitionRate: 100,
      chipModel: 'Oxford chip',
      chipPattern: 'full',
      imagePrefix: 'Untitled_plan_1_us',
    });
    expect(first?.event_chains[0]?.events[1]).toEqual({
      type: 'XrayExposure',
      name: 'X-ray probe',
      offset: 1e-6,
      duration: 0.005,
      period: 0.01,
      repetition: 25_600,
    });
  });

  it('is caught by the checker when a body breaks the schema', () => {
    const [first] = bodies().datacollections;
    const broken = { ...first, dataCollectionGroupId: '12', jetSpeedMs: 3 };
    expect(validateJsonSchema(broken, bodySchema('/webservices/ssx/datacollection'), doc)).toEqual([
      '$.dataCollectionGroupId: expected integer, got string',
      '$.jetSpeedMs: not in the schema',
    ]);
  });

  it('writes jet fields and SSX-Jet for a liquid jet', () => {
    const plan = templatePlan('mix-and-inject', {
      sessionId: 1,
      startTime: '2026-12-01T09:00',
      device: { kind: 'liquid-jet', sizeUm: 4, speedMs: 30, material: '' },
    });
    const b = bodies(plan);
    expect(b.datacollectiongroup.experimentType).toBe('SSX-Jet');
    expect(b.datacollections[0]).toMatchObject({ jetSize: 4, jetSpeed: 30 });
    expect(
      validateJsonSchema(b.datacollections[0], bodySchema('/webservices/ssx/datacollection'), doc),
    ).toEqual([]);
  });

  it('says what is missing before it can write the bodies', () => {
    expect(webserviceBodies(templatePlan('pump-probe'), undefined, 1)).toEqual({
      kind: 'incomplete',
      missing: ['Pick a session: the group is created in it.', 'Set the planned start.'],
    });
  });
});

describe('addSecondsToWallClock', () => {
  it('adds across midnight without any time zone', () => {
    expect(addSecondsToWallClock('2026-03-29T01:30', 3600)).toBe('2026-03-29T02:30:00');
    expect(addSecondsToWallClock('2026-12-31T23:59:30', 45)).toBe('2027-01-01T00:00:15');
  });
  it('refuses text that is not a wall-clock time', () => {
    expect(addSecondsToWallClock('tomorrow', 1)).toBeUndefined();
  });
});

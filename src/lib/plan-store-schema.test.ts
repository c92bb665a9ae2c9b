import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION } from '../domain/plan';
import { templatePlan, testPlan } from '../domain/plan-fixtures';
import { parsePlanJson, planToJson, PLAN_FILE_FORMAT } from './plan-store-schema';

describe('plan files', () => {
  it('round-trips: export → import gives the identical plan', () => {
    for (const plan of [
      testPlan(),
      templatePlan('delay-series', {
        sessionId: 7,
        sampleId: 3,
        sampleName: 'HEWL',
        startTime: '2026-12-01T09:00',
      }),
      templatePlan('mix-and-inject', {
        device: { kind: 'viscous-injector', sizeUm: 50, speedMs: undefined, material: 'LCP' },
        targets: {
          indexedPerDelay: 5000,
          hitRate: 0.2,
          indexingRate: 0.6,
          rateSource: { kind: 'sample-history', sampleId: 3, runs: 4, images: 90_000 },
        },
      }),
      templatePlan('hit-and-return', {
        device: { kind: 'tape', material: 'Kapton', dropVolumeNl: undefined },
      }),
    ]) {
      expect(parsePlanJson(planToJson(plan))).toEqual({ ok: true, plan });
    }
  });

  it('writes the format name and schema version, and empty fields as null', () => {
    const json = JSON.parse(planToJson(testPlan())) as Record<string, unknown> & {
      plan: Record<string, unknown>;
    };
    expect(json.format).toBe(PLAN_FILE_FORMAT);
    expect(json.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(json.plan.sessionId).toBeNull();
  });

  it('says when a file is not JSON, not a plan, or from a newer version', () => {
    expect(parsePlanJson('{oops')).toEqual({ ok: false, message: 'The file is not valid JSON.' });
    expect(parsePlanJson('{"name":"x"}')).toEqual({
      ok: false,
      message: 'This is not an ispyb-web run plan file.',
    });
    const newer = JSON.stringify({ format: PLAN_FILE_FORMAT, schemaVersion: 2, plan: {} });
    expect(parsePlanJson(newer)).toEqual({
      ok: false,
      message:
        'This plan was saved by a newer ispyb-web (schema version 2); this version reads version 1. Update ispyb-web to open it.',
    });
  });

  it('names the fields that are wrong', () => {
    const file = JSON.parse(planToJson(templatePlan('pump-probe'))) as {
      plan: { events: { offset: unknown; type: unknown }[] };
    };
    const [laser, probe] = file.plan.events;
    if (!laser || !probe) throw new Error('the template has a laser and a probe');
    laser.type = 'Fireworks';
    probe.offset = { value: 'soon', unit: 'ms' };
    const result = parsePlanJson(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^The plan in this file is not valid: events\.0\.type: .*; events\.1\.offset\.value: /,
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Plan } from './plan';
import { estimatePlan, streamFlowUlPerS, type PlanEstimate } from './plan-estimates';
import { templatePlan } from './plan-fixtures';

/** Counts are grouped with narrow no-break spaces, as `formatCount` writes them. */
const nb = (text: string) => text.replace(/(\d) (?=\d{3}\b)/g, '$1\u202f');

function ok(plan: Plan): PlanEstimate {
  const result = estimatePlan(plan);
  if (result.kind !== 'ok') throw new Error(result.missing.join(' '));
  return result.estimate;
}

describe('estimatePlan', () => {
  it('computes a pump–probe run on a full Oxford chip', () => {
    // 10 000 indexed ÷ (10 % hits × 50 % indexed) = 200 000 images;
    // × 10 ms per frame (100 Hz) = 2 000 s; 200 000 ÷ 25 600 positions = 7.8 → 8 chips × 100 µL
    const e = ok(templatePlan('pump-probe'));
    expect(e.runs).toEqual([
      { key: 'k4', label: '1 ms', images: 200_000, beamTimeS: 2000, slurryUl: 800, chips: 8 },
    ]);
    expect(e.total).toEqual({ images: 200_000, beamTimeS: 2000, slurryUl: 800, chips: 8 });
    expect(e.formula).toEqual(
      [
        'images per run = ⌈10 000 ÷ (10 % × 50 %)⌉ = 200 000',
        'beam time per run = 200 000 × 10 ms (100 Hz) = 2 000 s',
        'slurry per run = ⌈200 000 ÷ 25 600 positions⌉ = 8 chips × 100 µL = 800 µL',
        'total = 1 run × the figures per run',
      ].map(nb),
    );
    expect(e.missing).toEqual([]);
  });

  it('multiplies by the runs of a delay series, the dark reference included', () => {
    // 6 runs (dark + 5 delays) × 200 000 images, 2 000 s, 8 chips
    const e = ok(templatePlan('delay-series'));
    expect(e.runs.map((r) => r.label)).toEqual([
      'dark',
      '1 µs',
      '10 µs',
      '100 µs',
      '1 ms',
      '10 ms',
    ]);
    expect(e.total).toEqual({ images: 1_200_000, beamTimeS: 12_000, slurryUl: 4800, chips: 48 });
  });

  it('rounds images up: 1 000 ÷ (30 % × 70 %) = 4 761.9 → 4 762', () => {
    const plan = templatePlan('pump-probe');
    const e = ok({
      ...plan,
      targets: { ...plan.targets, indexedPerDelay: 1000, hitRate: 0.3, indexingRate: 0.7 },
    });
    expect(e.runs[0]?.images).toBe(4762);
    // 4 762 ÷ 25 600 → one chip
    expect(e.runs[0]?.chips).toBe(1);
  });

  it('uses the volume flow of a jet: π (2 µm)² × 30 m/s = 0.377 µL/s, × 2 000 s = 754 µL', () => {
    expect(streamFlowUlPerS(4, 30)).toBeCloseTo(0.37699, 4);
    const e = ok(
      templatePlan('pump-probe', {
        device: { kind: 'liquid-jet', sizeUm: 4, speedMs: 30, material: '' },
      }),
    );
    expect(e.runs[0]?.slurryUl).toBeCloseTo(753.98, 1);
    expect(e.runs[0]?.chips).toBeUndefined();
    expect(e.formula[2]).toBe(
      nb('slurry per run = π × (4 µm ÷ 2)² × 30 m/s = 377 nL/s × 2 000 s = 754 µL'),
    );
  });

  it('uses the drop volume of a tape: 200 000 drops × 4 nL = 800 µL', () => {
    const e = ok(
      templatePlan('pump-probe', { device: { kind: 'tape', material: 'Kapton', dropVolumeNl: 4 } }),
    );
    expect(e.runs[0]?.slurryUl).toBeCloseTo(800, 9);
  });

  it('covers only the blocks shot: 8 blocks of 400 apertures = 3 200 positions per chip', () => {
    const e = ok(
      templatePlan('pump-probe', {
        device: { kind: 'chip', model: 'Oxford chip', pattern: 'blocks 1-8', slurryPerChipUl: 50 },
      }),
    );
    // 200 000 ÷ 3 200 = 62.5 → 63 chips × 50 µL
    expect(e.runs[0]).toMatchObject({ chips: 63, slurryUl: 3150 });
  });

  it('says what it cannot estimate instead of guessing', () => {
    const plan = templatePlan('pump-probe', {
      device: { kind: 'chip', model: 'Mystery chip', pattern: 'full', slurryPerChipUl: 100 },
    });
    const single = { ...plan, events: plan.events.map((e) => ({ ...e, repetition: undefined })) };
    const e = ok(single);
    expect(e.runs[0]).toMatchObject({ images: 200_000, beamTimeS: undefined, slurryUl: undefined });
    expect(e.missing).toEqual([
      'Beam time: give the X-ray exposure a period and a repetition (the frame rate).',
      'Slurry: the positions the chip pattern covers are unknown (model or pattern).',
    ]);
  });

  it('is incomplete without usable targets', () => {
    const plan = templatePlan('pump-probe');
    expect(estimatePlan({ ...plan, targets: { ...plan.targets, hitRate: 0 } })).toEqual({
      kind: 'incomplete',
      missing: ['Set a hit rate above 0 %.'],
    });
  });
});

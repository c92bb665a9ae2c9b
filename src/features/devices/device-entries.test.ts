import { describe, expect, it } from 'vitest';
import type {
  DataCollection,
  DataCollectionGroup,
  SsxParameters,
} from '../../domain/data-collection';
import type { Sample } from '../../domain/sample';
import { deviceEntries, needsSample } from './device-entries';

const ssx = (extra: Partial<SsxParameters>): SsxParameters => ({
  repetitionRate: undefined,
  energyBandwidth: undefined,
  monoStripe: undefined,
  jetSpeedMs: undefined,
  jetSizeUm: undefined,
  chipPattern: undefined,
  chipModel: undefined,
  reactionDurationS: undefined,
  laserEnergyUj: undefined,
  experimentName: undefined,
  ...extra,
});

function group(
  id: number,
  type: string,
  extra: Partial<DataCollectionGroup> = {},
  run: Partial<DataCollection> = {},
): DataCollectionGroup {
  return {
    id,
    sessionId: 1,
    sessionName: 'MX1-1',
    proposalName: 'MX1',
    experimentType: type,
    sampleId: id,
    sampleName: `s${id}`,
    runCount: 2,
    start: new Date(2025, 0, id),
    end: undefined,
    durationMin: undefined,
    latestRun: {
      id: id * 10,
      groupId: id,
      experimentType: type,
      runStatus: undefined,
      start: undefined,
      end: undefined,
      numberOfImages: undefined,
      wavelengthA: undefined,
      exposureTimeS: undefined,
      flux: undefined,
      transmissionPct: undefined,
      beamSizeX: undefined,
      beamSizeY: undefined,
      resolutionA: undefined,
      detectorDistanceMm: undefined,
      imageDirectory: undefined,
      fileTemplate: undefined,
      ssx: undefined,
      detectorModel: undefined,
      ...run,
    },
    ...extra,
  };
}

const lcp = {
  support: 'Injector',
  components: [
    {
      id: 1,
      name: 'LCP',
      type: 'JetMaterial',
      composition: 'monoolein',
      amount: { kind: 'none' },
      pH: undefined,
    },
  ],
  crystal: { components: [] },
} as unknown as Sample;

describe('deviceEntries', () => {
  it('groups experiments by device, chips first, newest experiment first', () => {
    const entries = deviceEntries(
      [
        group(1, 'SSX-Chip', {}, { ssx: ssx({ chipModel: 'Oxford', chipPattern: 'full' }) }),
        group(2, 'OSC'),
        group(3, 'SSX-Chip', {}, { ssx: ssx({ chipModel: 'oxford', chipPattern: 'blocks 1-8' }) }),
        group(4, 'SSX-Jet', {}, { ssx: ssx({ jetSizeUm: 75 }) }),
        group(5, 'SSX-Jet', {}, { ssx: ssx({ jetSizeUm: 4 }) }),
      ],
      new Map([[4, lcp]]),
    );
    expect(entries.map((e) => [e.device.kind, e.uses.map((u) => u.group.id)])).toEqual([
      ['chip', [3, 1]],
      ['liquid-jet', [5]],
      ['viscous-injector', [4]],
      ['pin', [2]],
    ]);
    // each use keeps its own run's settings
    expect(entries[0]?.uses.map((u) => (u.device.kind === 'chip' ? u.device.pattern : ''))).toEqual(
      ['blocks 1-8', 'full'],
    );
  });

  it('reads the sample only where it can tell the device', () => {
    expect(needsSample(group(1, 'SSX-Jet'))).toBe(true);
    expect(needsSample(group(1, ''))).toBe(true);
    expect(needsSample(group(1, 'OSC'))).toBe(false);
    expect(needsSample(group(1, 'OSC', {}, { ssx: ssx({}) }))).toBe(true);
    expect(needsSample(group(1, 'SSX-Jet', { sampleId: undefined }))).toBe(false);
  });
});

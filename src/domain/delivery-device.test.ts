import { describe, expect, it } from 'vitest';
import type { SsxParameters } from './data-collection';
import {
  deliveryDeviceKey,
  deliveryDeviceLabel,
  deriveDeliveryDevice,
  describeDeliveryDevice,
  isSerialDevice,
} from './delivery-device';
import type { Component, Sample } from './sample';

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
const jetMaterial = (name: string, composition?: string): Component => ({
  id: 1,
  name,
  type: 'JetMaterial',
  composition,
  amount: { kind: 'none' },
  pH: undefined,
});
const sample = (
  support: string | undefined,
  components: Component[] = [],
): Pick<Sample, 'support' | 'components' | 'crystal'> => ({
  support,
  components,
  crystal: {
    id: 1,
    protein: { id: 1, proposalId: 1, name: 'Lysozyme', acronym: 'HEWL' },
    cell: undefined,
    sizeUm: { x: 10, y: 10, z: 5 },
    abundance: undefined,
    components: [],
  },
});

describe('deriveDeliveryDevice', () => {
  it('makes a chip from SSX-Chip and its model/pattern', () => {
    const device = deriveDeliveryDevice(
      { experimentType: 'SSX-Chip' },
      ssx({ chipModel: 'Oxford', chipPattern: 'full' }),
      undefined,
    );
    expect(device).toEqual({ kind: 'chip', model: 'Oxford', pattern: 'full' });
    expect(deliveryDeviceLabel(device)).toBe('Fixed-target chip (Oxford)');
  });
  it('accepts the DLS spelling Serial Fixed', () => {
    expect(
      deriveDeliveryDevice({ experimentType: 'Serial Fixed' }, undefined, undefined).kind,
    ).toBe('chip');
  });
  it('makes a liquid jet from SSX-Jet with size and speed', () => {
    expect(
      deriveDeliveryDevice(
        { experimentType: 'SSX-Jet' },
        ssx({ jetSizeUm: 4, jetSpeedMs: 30 }),
        sample('Injector'),
      ),
    ).toEqual({
      kind: 'liquid-jet',
      sizeUm: 4,
      speedMs: 30,
      material: undefined,
    });
  });
  it('makes a viscous injector when the jet material is LCP', () => {
    const device = deriveDeliveryDevice(
      { experimentType: 'SSX-Jet' },
      ssx({ jetSizeUm: 75 }),
      sample('Injector', [jetMaterial('LCP', 'monoolein:water 60:40')]),
    );
    expect(device.kind).toBe('viscous-injector');
  });
  it('makes a tape drive from the sample support', () => {
    expect(
      deriveDeliveryDevice({ experimentType: 'Still' }, undefined, sample('Tape drive')).kind,
    ).toBe('tape');
  });
  it('is a pin for classic rotation data and unknown for an empty type', () => {
    expect(deriveDeliveryDevice({ experimentType: 'OSC' }, undefined, undefined).kind).toBe('pin');
    expect(deriveDeliveryDevice({ experimentType: '' }, undefined, undefined).kind).toBe('unknown');
  });
});

describe('deliveryDeviceKey', () => {
  it('keeps what identifies the device, not what is set per run', () => {
    expect(deliveryDeviceKey({ kind: 'chip', model: 'Oxford ', pattern: 'full' })).toBe(
      deliveryDeviceKey({ kind: 'chip', model: 'oxford', pattern: 'blocks 1-8' }),
    );
    const jet = (sizeUm: number, material?: string) =>
      deliveryDeviceKey({ kind: 'liquid-jet', sizeUm, speedMs: 30, material });
    expect(jet(4)).toBe(jet(5));
    expect(jet(4, 'water')).not.toBe(jet(4));
    expect(deliveryDeviceKey({ kind: 'pin' })).toBe('pin');
    expect(deliveryDeviceKey({ kind: 'unknown', support: 'Loop' })).toBe('unknown:loop');
    expect(isSerialDevice({ kind: 'pin' })).toBe(false);
    expect(isSerialDevice({ kind: 'tape', material: undefined })).toBe(true);
  });
});

describe('describeDeliveryDevice', () => {
  it('describes a chip with its geometry and pattern', () => {
    expect(describeDeliveryDevice({ kind: 'chip', model: 'Oxford', pattern: 'blocks 1-32' })).toBe(
      'Fixed-target chip (Oxford): 8 × 8 blocks of 20 × 20 apertures (25\u202f600 positions); ' +
        'pattern “blocks 1-32”: 32 of 64 blocks (12\u202f800 positions), A1–D8.',
    );
    expect(describeDeliveryDevice({ kind: 'chip', model: 'Oxford', pattern: 'full' })).toMatch(
      /the whole chip\.$/,
    );
    expect(describeDeliveryDevice({ kind: 'chip', model: 'Oxford', pattern: undefined })).toMatch(
      /pattern not recorded\.$/,
    );
    expect(describeDeliveryDevice({ kind: 'chip', model: 'Oxford', pattern: 'zigzag' })).toMatch(
      /pattern “zigzag” could not be read \(cannot read “zigzag”\)/,
    );
    expect(describeDeliveryDevice({ kind: 'chip', model: 'Mystery', pattern: 'full' })).toBe(
      'Fixed-target chip (Mystery): geometry unknown for this model. Pattern “full”.',
    );
  });

  it('describes jets, injectors, tapes and the rest', () => {
    expect(
      describeDeliveryDevice({ kind: 'liquid-jet', sizeUm: 4, speedMs: 30, material: undefined }),
    ).toBe('Liquid jet, 4 µm wide, at 30 m/s, material not recorded.');
    expect(
      describeDeliveryDevice({
        kind: 'viscous-injector',
        sizeUm: undefined,
        speedMs: undefined,
        material: 'monoolein',
      }),
    ).toBe('Viscous injector, size not recorded, speed not recorded, material monoolein.');
    expect(describeDeliveryDevice({ kind: 'tape', material: 'agarose' })).toBe(
      'Tape drive, material agarose.',
    );
    expect(describeDeliveryDevice({ kind: 'pin' })).toMatch(/pin/);
    expect(describeDeliveryDevice({ kind: 'unknown', support: 'Loop' })).toMatch(/“Loop”/);
    expect(describeDeliveryDevice({ kind: 'unknown', support: undefined })).toMatch(/could not/);
  });
});

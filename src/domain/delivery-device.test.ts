import { describe, expect, it } from 'vitest';
import type { SsxParameters } from './data-collection';
import { deliveryDeviceLabel, deriveDeliveryDevice } from './delivery-device';
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

import type { DataCollectionGroup, SsxParameters } from './data-collection';
import type { Sample } from './sample';

/**
 * How crystals meet the beam. ISPyB has no device table: the device is implied by the
 * experiment type, the SSX fields of a run, the sample's support and its jet-material component.
 */
export type DeliveryDevice =
  | { kind: 'chip'; model: string | undefined; pattern: string | undefined }
  | {
      kind: 'liquid-jet';
      sizeUm: number | undefined;
      speedMs: number | undefined;
      material: string | undefined;
    }
  | {
      kind: 'viscous-injector';
      sizeUm: number | undefined;
      speedMs: number | undefined;
      material: string | undefined;
    }
  | { kind: 'tape'; material: string | undefined }
  | { kind: 'pin' }
  | { kind: 'unknown'; support: string | undefined };

export type DeliveryDeviceKind = DeliveryDevice['kind'];

/** Jet materials that form a slow viscous stream rather than a liquid jet. */
const VISCOUS_MATERIALS =
  /lcp|monoolein|lipidic|grease|agarose|hydroxyethyl|hec|vaseline|viscous|pluronic/i;

export function deriveDeliveryDevice(
  group: Pick<DataCollectionGroup, 'experimentType'>,
  ssx: SsxParameters | undefined,
  sample: Pick<Sample, 'support' | 'components' | 'crystal'> | undefined,
): DeliveryDevice {
  const type = group.experimentType?.trim().toLowerCase() ?? '';
  const support = sample?.support?.trim() || undefined;
  const jetMaterial = sample?.components.find((c) => c.type === 'JetMaterial');
  const material = jetMaterial ? (jetMaterial.composition ?? jetMaterial.name) : undefined;

  if (/tape/i.test(support ?? '')) return { kind: 'tape', material };
  if (
    type === 'ssx-chip' ||
    type === 'serial fixed' ||
    ssx?.chipModel ||
    /chip/i.test(support ?? '')
  ) {
    return { kind: 'chip', model: ssx?.chipModel, pattern: ssx?.chipPattern };
  }
  if (
    type === 'ssx-jet' ||
    type === 'serial jet' ||
    ssx?.jetSizeUm !== undefined ||
    jetMaterial ||
    /inject|jet/i.test(support ?? '')
  ) {
    const viscous =
      (material !== undefined && VISCOUS_MATERIALS.test(material)) ||
      (jetMaterial !== undefined && VISCOUS_MATERIALS.test(jetMaterial.name)) ||
      /viscous|lcp|hve/i.test(support ?? '');
    return {
      kind: viscous ? 'viscous-injector' : 'liquid-jet',
      sizeUm: ssx?.jetSizeUm,
      speedMs: ssx?.jetSpeedMs,
      material,
    };
  }
  if (type === '' || type === 'still') return { kind: 'unknown', support };
  return { kind: 'pin' };
}

export function deliveryDeviceLabel(device: DeliveryDevice): string {
  switch (device.kind) {
    case 'chip':
      return device.model ? `Fixed-target chip (${device.model})` : 'Fixed-target chip';
    case 'liquid-jet':
      return 'Liquid jet';
    case 'viscous-injector':
      return 'Viscous injector';
    case 'tape':
      return 'Tape drive';
    case 'pin':
      return 'Pin (goniometer)';
    case 'unknown':
      return device.support ? `Unknown (${device.support})` : 'Unknown';
  }
}

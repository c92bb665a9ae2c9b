import {
  blockCount,
  chipLayoutFor,
  chipPositions,
  formatBlockRanges,
  parseChipPattern,
  patternPositions,
  type ChipLayout,
} from './chip-layout';
import type { DataCollectionGroup, SsxParameters } from './data-collection';
import type { Sample } from './sample';
import { formatSI } from './units';

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

/**
 * Identity of a device across experiments: what stays the same between runs (chip model, jet
 * material), not what is set per run (pattern, jet speed or size).
 */
export function deliveryDeviceKey(device: DeliveryDevice): string {
  const norm = (s: string | undefined) => s?.trim().toLowerCase() ?? '';
  switch (device.kind) {
    case 'chip':
      return `chip:${norm(device.model)}`;
    case 'liquid-jet':
    case 'viscous-injector':
    case 'tape':
      return `${device.kind}:${norm(device.material)}`;
    case 'pin':
      return 'pin';
    case 'unknown':
      return `unknown:${norm(device.support)}`;
  }
}

/** Whether the device is one of the serial-crystallography delivery methods. */
export function isSerialDevice(device: DeliveryDevice): boolean {
  return device.kind !== 'pin';
}

function fmt(value: number, unit: string): string {
  return `${Number(value.toPrecision(3))} ${unit}`;
}

/**
 * One sentence for screen readers and tooltips, e.g. "Fixed-target chip (Oxford chip):
 * 8 × 8 blocks of 20 × 20 apertures (25 600 positions); pattern “blocks 1-32”: 32 of 64 blocks
 * (12 800 positions)." or "Liquid jet, 4 µm wide at 30 m/s, material not recorded."
 */
export function describeDeliveryDevice(
  device: DeliveryDevice,
  { includePattern = true }: { includePattern?: boolean } = {},
): string {
  switch (device.kind) {
    case 'chip': {
      const match = chipLayoutFor(device.model);
      const label = deliveryDeviceLabel(device);
      if (match.kind === 'unknown') {
        const pattern = !includePattern
          ? ''
          : device.pattern
            ? ` Pattern “${device.pattern}”.`
            : ' Pattern not recorded.';
        return `${label}: geometry unknown for this model.${pattern}`;
      }
      const { layout } = match;
      const geometry = `${layout.blocksY} × ${layout.blocksX} blocks of ${layout.aperturesY} × ${layout.aperturesX} apertures (${groupDigits(chipPositions(layout))} positions)`;
      return includePattern
        ? `${label}: ${geometry}; ${describePattern(device.pattern, layout)}.`
        : `${label}: ${geometry}.`;
    }
    case 'liquid-jet':
    case 'viscous-injector': {
      const size =
        device.sizeUm === undefined ? 'size not recorded' : `${fmt(device.sizeUm, 'µm')} wide`;
      const speed =
        device.speedMs === undefined
          ? 'speed not recorded'
          : `at ${formatSI(device.speedMs, 'm/s')}`;
      const material = device.material ? `material ${device.material}` : 'material not recorded';
      return `${deliveryDeviceLabel(device)}, ${size}, ${speed}, ${material}.`;
    }
    case 'tape':
      return `Tape drive, ${device.material ? `material ${device.material}` : 'material not recorded'}.`;
    case 'pin':
      return 'A single crystal on a pin, on the goniometer.';
    case 'unknown':
      return device.support
        ? `The delivery device could not be told from the data (sample support “${device.support}”).`
        : 'The delivery device could not be told from the data.';
  }
}

function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

function describePattern(text: string | undefined, layout: ChipLayout): string {
  const pattern = parseChipPattern(text, layout);
  switch (pattern.kind) {
    case 'not-recorded':
      return 'pattern not recorded';
    case 'full':
      return `pattern “${pattern.text}”: the whole chip`;
    case 'blocks': {
      const positions = patternPositions(pattern, layout) ?? 0;
      return `pattern “${pattern.text}”: ${pattern.blocks.length} of ${blockCount(layout)} blocks (${groupDigits(positions)} positions), ${formatBlockRanges(pattern.blocks, layout)}`;
    }
    case 'unknown':
      return `pattern “${pattern.text}” could not be read (${pattern.reason})`;
  }
}

import type { DataCollectionGroup } from '../../domain/data-collection';
import { isSerialExperiment } from '../../domain/data-collection';
import {
  deliveryDeviceKey,
  deriveDeliveryDevice,
  type DeliveryDevice,
  type DeliveryDeviceKind,
} from '../../domain/delivery-device';
import type { Sample } from '../../domain/sample';

export interface DeviceUse {
  group: DataCollectionGroup;
  /** The device as the group's latest run used it (pattern, jet size and speed of that run). */
  device: DeliveryDevice;
}

export interface DeviceEntry {
  key: string;
  /** The device of the most recent experiment that used it. */
  device: DeliveryDevice;
  /** Newest first. */
  uses: DeviceUse[];
}

const KIND_ORDER: Record<DeliveryDeviceKind, number> = {
  chip: 0,
  'liquid-jet': 1,
  'viscous-injector': 2,
  tape: 3,
  unknown: 4,
  pin: 5,
};

/** Whether the sample is worth reading to tell the device (not for classic rotation data). */
export function needsSample(group: DataCollectionGroup): boolean {
  const type = group.experimentType?.trim() ?? '';
  return (
    group.sampleId !== undefined &&
    (isSerialExperiment(type) || type === '' || group.latestRun.ssx !== undefined)
  );
}

const newestFirst = (a: DataCollectionGroup, b: DataCollectionGroup) =>
  (b.start?.getTime() ?? 0) - (a.start?.getTime() ?? 0) || b.id - a.id;

/**
 * The devices a proposal used, each with the experiments that used it: chips first, then jets,
 * injectors, tapes, unknown devices and pins; the most used first within a kind.
 */
export function deviceEntries(
  groups: readonly DataCollectionGroup[],
  samples: ReadonlyMap<number, Sample>,
): DeviceEntry[] {
  const byKey = new Map<string, DeviceEntry>();
  for (const group of [...groups].sort(newestFirst)) {
    const sample = group.sampleId === undefined ? undefined : samples.get(group.sampleId);
    const device = deriveDeliveryDevice(group, group.latestRun.ssx, sample);
    const key = deliveryDeviceKey(device);
    const entry = byKey.get(key);
    if (entry) entry.uses.push({ group, device });
    else byKey.set(key, { key, device, uses: [{ group, device }] });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      KIND_ORDER[a.device.kind] - KIND_ORDER[b.device.kind] ||
      b.uses.length - a.uses.length ||
      a.key.localeCompare(b.key),
  );
}

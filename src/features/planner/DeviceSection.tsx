import {
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId } from 'react';
import { describeDeliveryDevice, type DeliveryDevice } from '../../domain/delivery-device';
import {
  defaultDevice,
  DEVICE_KIND_LABELS,
  PLAN_DEVICE_KINDS,
  type Plan,
  type PlanDevice,
  type PlanDeviceKind,
} from '../../domain/plan';
import { deviceDelayRange, type PlanField, type PlanIssue } from '../../domain/plan-checks';
import { formatSeconds } from '../../domain/timing-format';
import { fieldIssueProps } from './field-issues';

/** The plan's device as the domain describes devices, for the one-sentence summary. */
function asDeliveryDevice(device: PlanDevice): DeliveryDevice {
  switch (device.kind) {
    case 'chip':
      return {
        kind: 'chip',
        model: device.model || undefined,
        pattern: device.pattern || undefined,
      };
    case 'liquid-jet':
    case 'viscous-injector':
      return {
        kind: device.kind,
        sizeUm: device.sizeUm,
        speedMs: device.speedMs,
        material: device.material || undefined,
      };
    case 'tape':
      return { kind: 'tape', material: device.material || undefined };
  }
}

const num = (v: string | number) => (typeof v === 'number' ? v : undefined);

export interface DeviceSectionProps {
  plan: Plan;
  issues: readonly PlanIssue[];
  update: (change: (plan: Plan) => Plan) => void;
  headingId: string;
}

export function DeviceSection({ plan, issues, update, headingId }: DeviceSectionProps) {
  const device = plan.device;
  const kindLabel = useId();
  const set = (next: PlanDevice) => update((p) => ({ ...p, device: next }));
  const at = (field: Extract<PlanField, { kind: 'device' }>['field']) =>
    fieldIssueProps(issues, { kind: 'device', field });
  const range = deviceDelayRange(device);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id={headingId}>
        Delivery device
      </Title>
      <Text id={kindLabel} size="sm" fw={500}>
        Device
      </Text>
      <SegmentedControl
        aria-labelledby={kindLabel}
        data={PLAN_DEVICE_KINDS.map((k) => ({ value: k, label: DEVICE_KIND_LABELS[k] }))}
        value={device.kind}
        onChange={(k) => set(defaultDevice(k as PlanDeviceKind))}
        orientation="horizontal"
        style={{ flexWrap: 'wrap' }}
        fullWidth
      />
      {device.kind === 'chip' && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput
            label="Chip model"
            value={device.model}
            onChange={(e) => set({ ...device, model: e.currentTarget.value })}
            {...at('model')}
          />
          <TextInput
            label="Pattern"
            placeholder="full, blocks 1-8, A1-A4"
            value={device.pattern}
            onChange={(e) => set({ ...device, pattern: e.currentTarget.value })}
            {...at('pattern')}
          />
          <NumberInput
            label="Slurry per chip (µL)"
            value={device.slurryPerChipUl ?? ''}
            min={0}
            onChange={(v) => set({ ...device, slurryPerChipUl: num(v) })}
            {...at('slurryPerChipUl')}
          />
        </SimpleGrid>
      )}
      {(device.kind === 'liquid-jet' || device.kind === 'viscous-injector') && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <NumberInput
            label="Stream diameter (µm)"
            value={device.sizeUm ?? ''}
            min={0}
            decimalScale={3}
            onChange={(v) => set({ ...device, sizeUm: num(v) })}
            {...at('sizeUm')}
          />
          <NumberInput
            label="Stream speed (m/s)"
            value={device.speedMs ?? ''}
            min={0}
            decimalScale={6}
            onChange={(v) => set({ ...device, speedMs: num(v) })}
            {...at('speedMs')}
          />
          <TextInput
            label="Material"
            value={device.material}
            onChange={(e) => set({ ...device, material: e.currentTarget.value })}
          />
        </SimpleGrid>
      )}
      {device.kind === 'tape' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label="Tape material"
            value={device.material}
            onChange={(e) => set({ ...device, material: e.currentTarget.value })}
          />
          <NumberInput
            label="Drop volume (nL)"
            value={device.dropVolumeNl ?? ''}
            min={0}
            decimalScale={3}
            onChange={(v) => set({ ...device, dropVolumeNl: num(v) })}
            {...at('dropVolumeNl')}
          />
        </SimpleGrid>
      )}
      <Text size="sm">{describeDeliveryDevice(asDeliveryDevice(device))}</Text>
      <Text size="sm" c="dimmed">
        Delays this device can give: {formatSeconds(range.min)} to{' '}
        {range.max === undefined ? 'a limit set by the speed' : formatSeconds(range.max)} (
        {range.why}).
      </Text>
    </Stack>
  );
}

import { Box, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconBorderAll,
  IconDroplet,
  IconHelpCircle,
  IconNeedle,
  IconRuler2,
  IconTimeline,
} from '@tabler/icons-react';
import { FactList, type Fact } from '../FactList';
import {
  blockCount,
  chipLayoutFor,
  chipPositions,
  formatBlockRanges,
  parseChipPattern,
  patternPositions,
} from '../../domain/chip-layout';
import {
  deliveryDeviceLabel,
  describeDeliveryDevice,
  type DeliveryDevice,
} from '../../domain/delivery-device';
import { formatCount, formatSI } from '../../domain/units';
import { ChipDrawing } from './ChipDrawing';

export interface DeliveryDevicePanelProps {
  device: DeliveryDevice;
  /**
   * Draw the chip's pattern (one run's `chipPattern`); off for a device shown across several
   * runs, whose patterns differ.
   */
  showPattern?: boolean;
  /** Smaller drawing beside the facts, for lists of devices. */
  compact?: boolean;
  /** Leave out the device's name (when the surrounding heading already says it). */
  hideLabel?: boolean;
}

const ICONS = {
  chip: IconBorderAll,
  'liquid-jet': IconDroplet,
  'viscous-injector': IconNeedle,
  tape: IconTimeline,
  pin: IconRuler2,
  unknown: IconHelpCircle,
} as const;

function measure(value: number | undefined, unit: string): string {
  return value === undefined ? 'Not recorded' : `${Number(value.toPrecision(3))} ${unit}`;
}

/** A delivery device as the domain derives it, drawn (chips) or described (jets, injectors). */
export function DeliveryDevicePanel({
  device,
  showPattern = true,
  compact = false,
  hideLabel = false,
}: DeliveryDevicePanelProps) {
  const Icon = ICONS[device.kind];
  const description = describeDeliveryDevice(device, { includePattern: showPattern });
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg" aria-hidden>
          <Icon size={20} />
        </ThemeIcon>
        <Stack gap={2}>
          {!hideLabel && <Text fw={700}>{deliveryDeviceLabel(device)}</Text>}
          <Text size="sm" c={hideLabel ? undefined : 'dimmed'}>
            {description}
          </Text>
        </Stack>
      </Group>
      {device.kind === 'chip' ? (
        <ChipDetails
          device={device}
          showPattern={showPattern}
          compact={compact}
          description={description}
        />
      ) : (
        <FactList facts={facts(device)} />
      )}
    </Stack>
  );
}

function facts(device: DeliveryDevice): Fact[] {
  switch (device.kind) {
    case 'liquid-jet':
    case 'viscous-injector':
      return [
        {
          label: device.kind === 'liquid-jet' ? 'Jet size' : 'Stream size',
          value: measure(device.sizeUm, 'µm'),
        },
        {
          label: 'Speed',
          value: device.speedMs === undefined ? 'Not recorded' : formatSI(device.speedMs, 'm/s'),
        },
        { label: 'Jet material', value: device.material ?? 'Not recorded' },
      ];
    case 'tape':
      return [{ label: 'Material', value: device.material ?? 'Not recorded' }];
    case 'unknown':
      return [{ label: 'Sample support', value: device.support ?? 'Not recorded' }];
    default:
      return [];
  }
}

function ChipDetails({
  device,
  showPattern,
  compact,
  description,
}: {
  device: Extract<DeliveryDevice, { kind: 'chip' }>;
  showPattern: boolean;
  compact: boolean;
  description: string;
}) {
  const match = chipLayoutFor(device.model);
  if (match.kind === 'unknown') {
    return (
      <Stack gap="xs">
        <FactList
          facts={[
            { label: 'Chip model', value: device.model ?? 'Not recorded' },
            ...(showPattern ? [{ label: 'Pattern', value: device.pattern ?? 'Not recorded' }] : []),
          ]}
        />
        <Text size="sm" c="dimmed">
          {device.model
            ? `The geometry of the chip model “${device.model}” is not known to this app, so it cannot be drawn.`
            : 'The server does not say which chip model was used, so it cannot be drawn.'}
        </Text>
      </Stack>
    );
  }
  const { layout } = match;
  const pattern = showPattern ? parseChipPattern(device.pattern, layout) : undefined;
  const shot = pattern ? patternPositions(pattern, layout) : undefined;
  const chipFacts: Fact[] = [
    { label: 'Chip model', value: device.model ?? layout.name },
    {
      label: 'Layout',
      value: `${layout.blocksY} × ${layout.blocksX} blocks of ${layout.aperturesY} × ${layout.aperturesX}`,
    },
    { label: 'Positions', value: formatCount(chipPositions(layout)) },
  ];
  if (layout.pitchUm !== undefined) {
    chipFacts.push({ label: 'Aperture pitch', value: `${layout.pitchUm} µm` });
  }
  if (pattern) {
    chipFacts.push({ label: 'Pattern', value: device.pattern ?? 'Not recorded' });
    if (pattern.kind === 'blocks') {
      chipFacts.push({
        label: 'Blocks shot',
        value: `${pattern.blocks.length} of ${blockCount(layout)}: ${formatBlockRanges(pattern.blocks, layout)}`,
      });
    }
    if (shot !== undefined) chipFacts.push({ label: 'Positions shot', value: formatCount(shot) });
  }
  const drawing = (
    <ChipDrawing
      layout={layout}
      pattern={pattern}
      description={description}
      maxWidth={compact ? 200 : 360}
    />
  );
  if (compact) {
    return (
      <Group align="flex-start" gap="lg">
        {drawing}
        <Box style={{ flex: '1 1 280px' }}>
          <FactList facts={chipFacts} />
        </Box>
      </Group>
    );
  }
  return (
    <Stack gap="sm">
      {drawing}
      {pattern?.kind === 'unknown' && (
        <Text size="sm">
          The pattern “{pattern.text}” could not be read ({pattern.reason}): which blocks were shot
          is not shown.
        </Text>
      )}
      {pattern?.kind === 'not-recorded' && (
        <Text size="sm">No chip pattern is recorded for this run.</Text>
      )}
      <FactList facts={chipFacts} />
    </Stack>
  );
}

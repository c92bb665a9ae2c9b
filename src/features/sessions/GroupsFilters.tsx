import {
  Button,
  Collapse,
  Grid,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
} from '@mantine/core';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { memo, useId, useState } from 'react';
import type { DeliveryDeviceKind } from '../../domain/delivery-device';
import {
  EXPERIMENT_STATUSES,
  experimentStatusLabel,
  type ExperimentStatus,
} from '../../domain/experiment-summary';
import { formatSI } from '../../domain/units';
import { DebouncedInput } from './DebouncedInput';
import { DEVICE_KIND_LABELS, NOT_PROVIDED, type TableAvailability } from './experiment-table';
import { DELAY_FACETS, type DelayFacet, type SessionUrlState } from './session-url';

export interface GroupsFiltersProps {
  state: SessionUrlState;
  onChange: (next: SessionUrlState) => void;
  /** Type labels to offer. */
  types: readonly string[];
  devices: readonly DeliveryDeviceKind[];
  available: TableAvailability;
}

const DELAY_FACET_LABELS: Readonly<Record<DelayFacet, string>> = {
  timed: 'With delays (time-resolved)',
  dark: 'With a dark reference run',
  static: 'No excitation (static or dark only)',
};

/** Decades from 1 ns to 10 s: the delays of real pump–probe and mix-and-inject work. */
const DELAY_STEPS = [1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10];

function delayOptions(current: number | undefined) {
  const steps =
    current === undefined || DELAY_STEPS.includes(current)
      ? DELAY_STEPS
      : [...DELAY_STEPS, current].sort((a, b) => a - b);
  return steps.map((s) => ({ value: String(s), label: formatSI(s, 's') }));
}

const asText = (n: number | undefined) => (n === undefined ? '' : String(n));
const asPercentText = (f: number | undefined) =>
  f === undefined ? '' : String(Number((f * 100).toPrecision(6)));

function validCount(text: string): string | undefined {
  return text === '' || /^\d+$/.test(text) ? undefined : 'A whole number, 0 or more';
}
function validPercent(text: string): string | undefined {
  if (text === '') return undefined;
  const n = Number(text);
  return /^\d*\.?\d+$|^\d+\.$/.test(text) && n >= 0 && n <= 100 ? undefined : 'From 0 to 100';
}

const toNumber = (text: string) => (text === '' ? undefined : Number(text));

/** A note such as "not provided by this server" goes under the box, keeping the row aligned. */
const NOTE_BELOW = ['label', 'input', 'description', 'error'] as (
  'label' | 'input' | 'description' | 'error'
)[];

/** Filters of the experiments table; every value lives in the URL. */
export const GroupsFilters = memo(function GroupsFilters({
  state,
  onChange,
  types,
  devices,
  available,
}: GroupsFiltersProps) {
  const advancedCount = [
    state.minRuns,
    state.minImages,
    state.minHitRate,
    state.minIndexingRate,
    state.delayMin ?? state.delayMax,
  ].filter((v) => v !== undefined).length;
  const [open, setOpen] = useState(advancedCount > 0);
  const moreId = useId();
  const noTiming = available.timing === 'not-provided' ? NOT_PROVIDED : undefined;
  const noProcessing = available.processing === 'not-provided' ? NOT_PROVIDED : undefined;
  const set = (patch: Partial<SessionUrlState>) => onChange({ ...state, ...patch });

  return (
    <Stack gap="xs">
      {/* Two filters a line on phones (search alone), five on wide screens. */}
      <Grid columns={10} gutter="sm">
        <Grid.Col span={{ base: 10, sm: 5, lg: 2 }}>
          <DebouncedInput
            type="search"
            label="Sample"
            placeholder="Name contains…"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={state.sample}
            onCommit={(sample) => sample !== state.sample && set({ sample })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, lg: 2 }}>
          <MultiSelect
            label="Experiment type"
            placeholder={state.types.length ? undefined : 'Any'}
            data={types.map((t) => ({ value: t, label: t }))}
            value={state.types}
            onChange={(value) => set({ types: value })}
            clearable
            searchable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, lg: 2 }}>
          <MultiSelect
            label="Delivery device"
            placeholder={state.devices.length ? undefined : 'Any'}
            data={devices.map((kind) => ({ value: kind, label: DEVICE_KIND_LABELS[kind] }))}
            value={state.devices}
            onChange={(value) => set({ devices: value as DeliveryDeviceKind[] })}
            clearable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, lg: 2 }}>
          <Select
            label="Pump–probe delay"
            placeholder="Any"
            data={DELAY_FACETS.map((f) => ({ value: f, label: DELAY_FACET_LABELS[f] }))}
            value={state.delay ?? null}
            onChange={(value) => set({ delay: DELAY_FACETS.find((f) => f === value) })}
            clearable
            disabled={noTiming !== undefined}
            description={noTiming}
            inputWrapperOrder={NOTE_BELOW}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, lg: 2 }}>
          <MultiSelect
            label="Status"
            placeholder={state.statuses.length ? undefined : 'Any'}
            data={EXPERIMENT_STATUSES.map((s) => ({ value: s, label: experimentStatusLabel(s) }))}
            value={state.statuses}
            onChange={(value) => set({ statuses: value as ExperimentStatus[] })}
            clearable
          />
        </Grid.Col>
      </Grid>
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          aria-expanded={open}
          aria-controls={moreId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Fewer filters' : `More filters${advancedCount ? ` (${advancedCount} set)` : ''}`}
        </Button>
      </Group>
      <Collapse in={open} id={moreId}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm" verticalSpacing="xs">
          <DebouncedInput
            label="Runs, at least"
            inputMode="numeric"
            value={asText(state.minRuns)}
            validate={validCount}
            onCommit={(t) => set({ minRuns: toNumber(t) })}
          />
          <DebouncedInput
            label="Images, at least"
            inputMode="numeric"
            value={asText(state.minImages)}
            validate={validCount}
            onCommit={(t) => set({ minImages: toNumber(t) })}
          />
          <DebouncedInput
            label="Hit rate, at least (%)"
            inputMode="decimal"
            value={asPercentText(state.minHitRate)}
            validate={validPercent}
            onCommit={(t) => {
              const n = toNumber(t);
              set({ minHitRate: n === undefined ? undefined : n / 100 });
            }}
            disabled={noProcessing !== undefined}
            description={noProcessing}
            inputWrapperOrder={NOTE_BELOW}
          />
          <DebouncedInput
            label="Indexing rate, at least (%)"
            inputMode="decimal"
            value={asPercentText(state.minIndexingRate)}
            validate={validPercent}
            onCommit={(t) => {
              const n = toNumber(t);
              set({ minIndexingRate: n === undefined ? undefined : n / 100 });
            }}
            disabled={noProcessing !== undefined}
            description={noProcessing}
            inputWrapperOrder={NOTE_BELOW}
          />
          <Select
            label="A delay from"
            placeholder="Any"
            data={delayOptions(state.delayMin)}
            value={state.delayMin === undefined ? null : String(state.delayMin)}
            onChange={(value) => set({ delayMin: value === null ? undefined : Number(value) })}
            clearable
            disabled={noTiming !== undefined}
            description={noTiming}
            inputWrapperOrder={NOTE_BELOW}
          />
          <Select
            label="A delay up to"
            placeholder="Any"
            data={delayOptions(state.delayMax)}
            value={state.delayMax === undefined ? null : String(state.delayMax)}
            onChange={(value) => set({ delayMax: value === null ? undefined : Number(value) })}
            clearable
            disabled={noTiming !== undefined}
            description={noTiming}
            inputWrapperOrder={NOTE_BELOW}
          />
        </SimpleGrid>
      </Collapse>
    </Stack>
  );
});

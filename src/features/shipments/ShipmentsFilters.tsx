import {
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  TextInput,
  type TextInputProps,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { calendarDay, type SafetyFilter, type ShipmentFilters } from '../../domain/shipment-list';

export interface ShipmentsFiltersProps {
  value: ShipmentFilters;
  onChange: (next: ShipmentFilters) => void;
  /** Beamlines found in the containers of the listed shipments. */
  beamlines: readonly string[];
  /** Facility-wide list (staff): a proposal can be picked. */
  showProposal: boolean;
}

/** What "Clear filters" leaves: every shipment. */
export const NO_FILTERS: ShipmentFilters = {
  proposal: '',
  from: undefined,
  to: undefined,
  beamline: '',
  safety: undefined,
  comments: undefined,
  search: '',
};

const ANY = { value: '', label: 'Any' };
const SAFETY_VALUES: readonly SafetyFilter[] = ['GREEN', 'YELLOW', 'RED', 'missing'];
const SAFETY_OPTIONS = [
  { value: 'GREEN', label: 'GREEN' },
  { value: 'YELLOW', label: 'YELLOW' },
  { value: 'RED', label: 'RED' },
  { value: 'missing', label: 'Not given' },
];
const COMMENTS_OPTIONS = [
  { value: 'with', label: 'With comments' },
  { value: 'without', label: 'Without comments' },
];

/**
 * A text filter applied to the URL a moment after typing stops; `normalize` is what the URL
 * keeps of it (trimmed, upper-cased…). While the field has focus it shows what is typed, never
 * an echo of the URL (which lags behind the keys on a busy machine); once focus has left, a URL
 * changed elsewhere (back button, "Clear filters") is shown.
 */
function TypedFilter({
  value,
  normalize,
  apply,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'onFocus' | 'onBlur'> & {
  value: string;
  normalize: (text: string) => string;
  apply: (text: string) => void;
}) {
  const [text, setText] = useState(value);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (!focused) setText(value);
  }
  const debounced = useDebouncedCallback((next: string) => apply(normalize(next)), 300);
  return (
    <TextInput
      {...props}
      value={text}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        // show the URL's form of what was typed (trimmed…) once the user is done
        if (normalize(text) === value) setText(value);
      }}
      onChange={(e) => {
        setText(e.currentTarget.value);
        debounced(e.currentTarget.value);
      }}
    />
  );
}

export function ShipmentsFilters({
  value,
  onChange,
  beamlines,
  showProposal,
}: ShipmentsFiltersProps) {
  const set = (patch: Partial<ShipmentFilters>) => onChange({ ...value, ...patch });
  const today = calendarDay(new Date());
  const isToday = value.from === today && value.to === today;

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: showProposal ? 4 : 3 }} spacing="sm" role="search">
      <TypedFilter
        label="Search"
        description="Name, comments, contacts"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.search}
        normalize={(text) => text.trim()}
        apply={(search) => set({ search })}
      />
      {showProposal && (
        <TypedFilter
          label="Proposal"
          description="e.g. MX2532"
          value={value.proposal}
          normalize={(text) => text.trim().toUpperCase()}
          apply={(proposal) => set({ proposal })}
        />
      )}
      <TextInput
        type="date"
        label="Created from"
        description="Facility local time"
        value={value.from ?? ''}
        max={value.to}
        onChange={(e) => set({ from: e.currentTarget.value || undefined })}
      />
      <TextInput
        type="date"
        label="Created until"
        description="Inclusive"
        value={value.to ?? ''}
        min={value.from}
        onChange={(e) => set({ to: e.currentTarget.value || undefined })}
      />
      <NativeSelect
        label="Beamline"
        description="Where containers are assigned"
        data={[ANY, ...beamlines]}
        value={value.beamline}
        onChange={(e) => set({ beamline: e.currentTarget.value })}
      />
      <NativeSelect
        label="Safety level"
        description="As declared"
        data={[ANY, ...SAFETY_OPTIONS]}
        value={value.safety ?? ''}
        onChange={(e) => set({ safety: SAFETY_VALUES.find((s) => s === e.currentTarget.value) })}
      />
      <NativeSelect
        label="Comments"
        description="From users or staff"
        data={[ANY, ...COMMENTS_OPTIONS]}
        value={value.comments ?? ''}
        onChange={(e) => {
          const comments = e.currentTarget.value;
          set({ comments: comments === 'with' || comments === 'without' ? comments : undefined });
        }}
      />
      <Group gap="xs" align="flex-end">
        <Button
          variant={isToday ? 'filled' : 'light'}
          aria-pressed={isToday}
          onClick={() =>
            set(isToday ? { from: undefined, to: undefined } : { from: today, to: today })
          }
        >
          Created today
        </Button>
        <Button
          variant="subtle"
          // a proposal not offered as a filter here is the page's own, and stays
          onClick={() => onChange({ ...NO_FILTERS, proposal: showProposal ? '' : value.proposal })}
        >
          Clear filters
        </Button>
      </Group>
    </SimpleGrid>
  );
}

import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
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
 * Text typed into a field, applied to the URL a moment after typing stops. `normalize` is what
 * the URL keeps of it (trimmed, upper-cased…).
 */
function useTyped(
  value: string,
  normalize: (text: string) => string,
  apply: (text: string) => void,
) {
  const [text, setText] = useState(value);
  // What this field last put into the URL: a URL change to anything else came from elsewhere
  // (back button, "Clear filters") and is shown; its own echo is not, or the characters typed
  // since would vanish.
  const [sent, setSent] = useState(value);
  if (value !== sent) {
    setSent(value);
    setText(value);
  }
  const debounced = useDebouncedCallback((next: string) => {
    setSent(normalize(next));
    apply(normalize(next));
  }, 300);
  return [
    text,
    (next: string) => {
      setText(next);
      debounced(next);
    },
  ] as const;
}

export function ShipmentsFilters({
  value,
  onChange,
  beamlines,
  showProposal,
}: ShipmentsFiltersProps) {
  const set = (patch: Partial<ShipmentFilters>) => onChange({ ...value, ...patch });
  const [search, setSearch] = useTyped(
    value.search,
    (text) => text.trim(),
    (search) => set({ search }),
  );
  const [proposal, setProposal] = useTyped(
    value.proposal,
    (text) => text.trim().toUpperCase(),
    (proposal) => set({ proposal }),
  );
  const today = calendarDay(new Date());
  const isToday = value.from === today && value.to === today;

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: showProposal ? 4 : 3 }} spacing="sm" role="search">
      <TextInput
        label="Search"
        description="Name, comments, contacts"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      {showProposal && (
        <TextInput
          label="Proposal"
          description="e.g. MX2532"
          value={proposal}
          onChange={(e) => setProposal(e.currentTarget.value)}
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
          onClick={() =>
            onChange({
              proposal: showProposal ? '' : value.proposal,
              from: undefined,
              to: undefined,
              beamline: '',
              safety: undefined,
              comments: undefined,
              search: '',
            })
          }
        >
          Clear filters
        </Button>
      </Group>
    </SimpleGrid>
  );
}

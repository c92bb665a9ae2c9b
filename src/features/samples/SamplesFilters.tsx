import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useHttp } from '../../api/http-context';
import { proposalContainersQuery } from '../../api/ispyb/containers';
import { proposalProteinsQuery } from '../../api/ispyb/proteins';
import { SearchField } from '../../components/SearchField';
import type { SampleKind } from '../../domain/sample';
import type { DataFilter, SamplesUrlState } from './samples-url';

export interface SamplesFiltersProps {
  proposalName: string;
  state: SamplesUrlState;
  onChange: (next: SamplesUrlState, options?: { replace?: boolean }) => void;
}

/**
 * Name search, protein, kind, data and container. The protein and container choices load on
 * their own; while they load (or if they fail) the rest of the filters keep working.
 */
export function SamplesFilters({ proposalName, state, onChange }: SamplesFiltersProps) {
  const http = useHttp();
  const proteins = useQuery(proposalProteinsQuery(http, proposalName));
  const containers = useQuery(proposalContainersQuery(http, proposalName));
  const set = (patch: Partial<SamplesUrlState>) => onChange({ ...state, ...patch, page: 1 });
  const kindLabel = useId();
  const dataLabel = useId();

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <SearchField
          label="Sample name"
          placeholder="Search"
          w={220}
          value={state.search}
          onSearch={(search) => onChange({ ...state, search, page: 1 }, { replace: true })}
        />
        <Select
          label="Protein"
          placeholder={proteins.isError ? 'Proteins could not be loaded' : 'Any protein'}
          data={(proteins.data ?? []).flatMap((p) =>
            p.id === undefined ? [] : [{ value: String(p.id), label: `${p.acronym} (${p.name})` }],
          )}
          value={state.proteinId === undefined ? null : String(state.proteinId)}
          onChange={(v) => set({ proteinId: v === null ? undefined : Number(v) })}
          clearable
          searchable
          w={220}
        />
        <Select
          label="Container"
          placeholder={containers.isError ? 'Containers could not be loaded' : 'Any container'}
          data={(containers.data ?? []).map((c) => ({
            value: String(c.id),
            label: `${c.code} · ${c.shipmentName}`,
          }))}
          value={state.containerId === undefined ? null : String(state.containerId)}
          onChange={(v) => set({ containerId: v === null ? undefined : Number(v) })}
          clearable
          searchable
          w={240}
        />
      </Group>
      <Group gap="lg" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id={kindLabel}>
            Kind
          </Text>
          <SegmentedControl
            aria-labelledby={kindLabel}
            size="xs"
            data={[
              { value: 'any', label: 'All' },
              { value: 'slurry', label: 'Slurry' },
              { value: 'pin', label: 'Pin' },
            ]}
            value={state.kind ?? 'any'}
            onChange={(v) => set({ kind: v === 'any' ? undefined : (v as SampleKind) })}
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id={dataLabel}>
            Data
          </Text>
          <SegmentedControl
            aria-labelledby={dataLabel}
            size="xs"
            data={[
              { value: 'any', label: 'All' },
              { value: 'yes', label: 'With data' },
              { value: 'no', label: 'No data yet' },
            ]}
            value={state.data ?? 'any'}
            onChange={(v) => set({ data: v === 'any' ? undefined : (v as DataFilter) })}
          />
        </Stack>
      </Group>
    </Stack>
  );
}

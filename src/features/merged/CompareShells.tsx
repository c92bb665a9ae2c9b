import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useSuspenseQueries } from '@tanstack/react-query';
import { useHttp } from '../../api/http-context';
import { mergeQuery } from '../../api/ispyb/merges';
import type { MergedDatasetSummary } from '../../domain/merged-dataset';
import { QueryBoundary } from '../../components/QueryBoundary';
import { ShellCharts } from './ShellCharts';

export interface CompareShellsProps {
  merges: readonly MergedDatasetSummary[];
  /** Labels of the merges (their delays), by id. */
  labels: ReadonlyMap<number, string>;
  compare: readonly [number, number] | undefined;
  onCompare(compare: readonly [number, number] | undefined): void;
  fileName: string;
}

/**
 * Per-shell curves of two chosen datasets on the same axes (`?compare=a,b`), or of every
 * dataset of the experiment until two are chosen.
 */
export function CompareShells({
  merges,
  labels,
  compare,
  onCompare,
  fileName,
}: CompareShellsProps) {
  const options = merges.map((m) => ({
    value: String(m.id),
    label: `${m.name} (${labels.get(m.id) ?? ''})`,
  }));
  const known = compare?.every((id) => merges.some((m) => m.id === id)) ?? false;
  const [first, second] = known && compare ? compare : [undefined, undefined];
  const pick = (which: 0 | 1, value: string | null) => {
    const id = value === null ? undefined : Number(value);
    const a = which === 0 ? id : first;
    const b = which === 1 ? id : second;
    if (a !== undefined && b !== undefined) onCompare([a, b]);
    else if (a !== undefined || b !== undefined) {
      // one chosen: pair it with the first other dataset so the URL always holds a pair
      const chosen = (a ?? b) as number;
      const other = merges.find((m) => m.id !== chosen)?.id;
      if (other !== undefined) onCompare(which === 0 ? [chosen, other] : [other, chosen]);
    }
  };
  const shown = known && compare ? compare : merges.map((m) => m.id);

  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label="Dataset A"
          placeholder="Every dataset"
          data={options}
          value={first === undefined ? null : String(first)}
          onChange={(value) => pick(0, value)}
          allowDeselect={false}
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label="Dataset B"
          placeholder="Every dataset"
          data={options}
          value={second === undefined ? null : String(second)}
          onChange={(value) => pick(1, value)}
          allowDeselect={false}
          w={{ base: '100%', xs: 260 }}
        />
        {known && (
          <Button variant="subtle" onClick={() => onCompare(undefined)}>
            Show every dataset
          </Button>
        )}
      </Group>
      {compare && !known && (
        <Text size="sm" role="status">
          The datasets {compare.join(' and ')} in the address are not datasets of this experiment:
          showing every dataset instead.
        </Text>
      )}
      <QueryBoundary loadingLabel="Loading per-shell statistics…" resetKeys={[shown.join(',')]}>
        <ComparedCharts ids={shown} fileName={fileName} />
      </QueryBoundary>
    </Stack>
  );
}

function ComparedCharts({ ids, fileName }: { ids: readonly number[]; fileName: string }) {
  const http = useHttp();
  const datasets = useSuspenseQueries({
    queries: ids.map((id) => mergeQuery(http, id)),
    combine: (results) => results.map((r) => r.data),
  });
  return (
    <ShellCharts
      datasets={datasets.map((d) => ({ id: d.id, name: d.name, shells: d.shells }))}
      fileName={`${fileName}-${ids.length === 2 ? 'compare' : 'all'}`}
    />
  );
}

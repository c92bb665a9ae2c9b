import { Paper, Table, Text } from '@mantine/core';
import type { MergeStatistics } from '../../domain/merged-dataset';
import { fmt } from './format-stats';

interface Row {
  label: string;
  value: (s: MergeStatistics) => string;
}

const ROWS: readonly Row[] = [
  { label: 'Resolution (Å)', value: fmt.range },
  { label: 'Reflections', value: (s) => fmt.count(s.reflections) },
  { label: 'Unique reflections', value: (s) => fmt.count(s.unique) },
  { label: 'Completeness (%)', value: (s) => fmt.pct(s.completenessPct) },
  { label: 'Multiplicity', value: (s) => fmt.multiplicity(s.multiplicity) },
  { label: '⟨I/σ(I)⟩', value: (s) => fmt.iOverSigma(s.meanIOverSigma) },
  { label: 'CC½', value: (s) => fmt.cc(s.ccHalf) },
  { label: 'CC*', value: (s) => fmt.cc(s.ccStar) },
  { label: 'Rsplit (%)', value: (s) => fmt.pct(s.rSplitPct) },
];

export interface StatisticsCardProps {
  /** As the server reports it, all shells. */
  overall: MergeStatistics | undefined;
  /** The shells within the cut-off, combined here; `undefined` without a per-shell table. */
  retained: MergeStatistics | undefined;
}

/** Overall statistics, and beside them what the resolution cut-off keeps. */
export function StatisticsCard({ overall, retained }: StatisticsCardProps) {
  const columns = [
    ...(overall ? [{ key: 'all', title: 'All shells (as merged)', stats: overall }] : []),
    ...(retained ? [{ key: 'kept', title: 'Within the cut-off', stats: retained }] : []),
  ];
  if (columns.length === 0) {
    return <Text size="sm">The server reports no overall statistics for this dataset.</Text>;
  }
  return (
    <Paper withBorder p="sm" radius="md">
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing={4} aria-label="Overall statistics">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Statistic</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.key} scope="col" ta="right">
                  {c.title}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ROWS.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row" fw={500}>
                  {row.label}
                </Table.Th>
                {columns.map((c) => (
                  <Table.Td key={c.key} ta="right" data-column={c.key}>
                    {row.value(c.stats)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {retained && (
        <Text size="xs" c="dimmed" mt="xs">
          Within the cut-off, counts, completeness and multiplicity are exact; ⟨I/σ(I)⟩, CC½, CC*
          and Rsplit are the kept shells’ values weighted by unique reflections (merging again to
          that resolution gives the exact figures).
        </Text>
      )}
    </Paper>
  );
}

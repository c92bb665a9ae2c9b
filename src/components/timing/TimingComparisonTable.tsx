import { Table } from '@mantine/core';
import { describeChain, describeDelays } from '../../domain/timing-format';
import { ScrollTable } from '../ScrollTable';
import { runTitle, type ComparisonRun } from './timing-scene';

export interface TimingComparisonTableProps {
  runs: readonly ComparisonRun[];
}

/** The delay series as text: one row per run, its delays and its pattern in words. */
export function TimingComparisonTable({ runs }: TimingComparisonTableProps) {
  return (
    <ScrollTable
      caption="Timing of each run of the series"
      minWidth={560}
      striped
      withTableBorder
      fz="sm"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Run</Table.Th>
          <Table.Th scope="col">Delay</Table.Th>
          <Table.Th scope="col">Pattern</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run, i) => (
          <Table.Tr key={`${run.label}-${i}`}>
            <Table.Th scope="row" fw={400}>
              {runTitle(run)}
            </Table.Th>
            <Table.Td>{run.chains.map(describeDelays).filter(Boolean).join('; ') || '–'}</Table.Td>
            <Table.Td>{run.chains.map(describeChain).join(' | ') || 'no events recorded'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

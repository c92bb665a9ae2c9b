import { Badge, Button, Group, Table, VisuallyHidden } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { MergeStatistics } from '../../domain/merged-dataset';
import { ScrollTable } from '../../components/ScrollTable';
import { toCsv } from '../../lib/csv';
import { downloadBlob, safeFileName } from '../../lib/download';
import { fmt } from './format-stats';
import { SHELL_CSV_COLUMNS } from './shell-csv';

export interface ShellTableProps {
  shells: readonly MergeStatistics[];
  /** Index of the last kept shell; the others are shown dimmed and marked. */
  cutIndex: number;
  /** File name parts of the CSV. */
  fileName: string;
}

/** The per-shell table, low to high resolution, with a CSV download. */
export function ShellTable({ shells, cutIndex, fileName }: ShellTableProps) {
  const rows = shells.map((shell, i) => ({ number: i + 1, shell, kept: i <= cutIndex }));
  const download = () => {
    const csv = `\uFEFF${toCsv(rows, SHELL_CSV_COLUMNS)}`;
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${safeFileName(fileName, 'shells')}.csv`,
    );
  };
  return (
    <>
      <Group justify="flex-end">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={download}
        >
          Download CSV
        </Button>
      </Group>
      <ScrollTable
        caption={`${shells.length} resolution shells, low to high resolution; shells beyond the cut-off are dimmed.`}
        minWidth={760}
        striped
        highlightOnHover
        verticalSpacing={4}
        fz="sm"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Shell</Table.Th>
            <Table.Th scope="col">d range (Å)</Table.Th>
            <Table.Th scope="col" ta="right">
              Reflections
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Unique
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Completeness (%)
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Multiplicity
            </Table.Th>
            <Table.Th scope="col" ta="right">
              ⟨I/σ(I)⟩
            </Table.Th>
            <Table.Th scope="col" ta="right">
              CC½
            </Table.Th>
            <Table.Th scope="col" ta="right">
              CC*
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Rsplit (%)
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ number, shell, kept }) => (
            <Table.Tr key={number} data-kept={kept} c={kept ? undefined : 'dimmed'}>
              <Table.Td>
                {number}
                {!kept && <VisuallyHidden> (beyond the cut-off)</VisuallyHidden>}
                {number === cutIndex + 1 && (
                  <Badge size="xs" variant="light" ml={6}>
                    cut
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{fmt.range(shell)}</Table.Td>
              <Table.Td ta="right">{fmt.count(shell.reflections)}</Table.Td>
              <Table.Td ta="right">{fmt.count(shell.unique)}</Table.Td>
              <Table.Td ta="right">{fmt.pct(shell.completenessPct)}</Table.Td>
              <Table.Td ta="right">{fmt.multiplicity(shell.multiplicity)}</Table.Td>
              <Table.Td ta="right">{fmt.iOverSigma(shell.meanIOverSigma)}</Table.Td>
              <Table.Td ta="right">{fmt.cc(shell.ccHalf)}</Table.Td>
              <Table.Td ta="right">{fmt.cc(shell.ccStar)}</Table.Td>
              <Table.Td ta="right">{fmt.pct(shell.rSplitPct)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </>
  );
}

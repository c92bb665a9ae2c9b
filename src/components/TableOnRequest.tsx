import { Button, Group, ScrollArea, Table } from '@mantine/core';
import { IconDownload, IconTable } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { toCsv, type CsvColumn } from '../lib/csv';
import { downloadBlob } from '../lib/download';

export interface TableOnRequestProps<T> {
  /** What a row is: the button reads "Show the {noun} table". */
  noun: string;
  /** Names the scrolling region the table is read in, e.g. "Hits per block". */
  label: string;
  minWidth: number;
  /** The same rows as a file: the button's text, the rows and columns, and a safe file name. */
  csv: { label: string; rows: readonly T[]; columns: readonly CsvColumn<T>[]; fileName: string };
  /** The table's head and body. */
  children: ReactNode;
}

/**
 * The numbers behind a chart: a table hidden until asked for (it would push the chart's
 * summary off screen), and the same rows as a CSV file.
 */
export function TableOnRequest<T>({
  noun,
  label,
  minWidth,
  csv,
  children,
}: TableOnRequestProps<T>) {
  const [shown, setShown] = useState(false);
  const exportCsv = () => {
    // the byte-order mark makes Excel read the file as UTF-8 (µ, Å, en dashes)
    downloadBlob(
      new Blob([`\uFEFF${toCsv(csv.rows, csv.columns)}`], { type: 'text/csv;charset=utf-8' }),
      `${csv.fileName}.csv`,
    );
  };
  return (
    <>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconTable size={14} aria-hidden />}
          aria-expanded={shown}
          onClick={() => setShown((v) => !v)}
        >
          {shown ? 'Hide' : 'Show'} the {noun} table
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={exportCsv}
        >
          {csv.label}
        </Button>
      </Group>
      {shown && (
        <ScrollArea.Autosize
          mah={360}
          type="auto"
          viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': label }}
        >
          <Table miw={minWidth} fz="sm" verticalSpacing={2} striped stickyHeader>
            {children}
          </Table>
        </ScrollArea.Autosize>
      )}
    </>
  );
}

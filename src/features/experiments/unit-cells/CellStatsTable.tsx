import { Table } from '@mantine/core';
import { formatValue } from '../../../components/charts/chart-scale';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatCount } from '../../../domain/units';
import { cellParameterSymbol, cellParameterUnit } from '../../../domain/cell-statistics-summary';
import type { CellParameter } from '../../../domain/processing';
import { VALUE_DECIMALS, percent } from './unit-cells-format';

export interface CellStatsRow {
  parameter: CellParameter;
  median: number | undefined;
  mean?: number | undefined;
  std?: number | undefined;
  n: number;
  /** Values beyond the IQR bounds (shown or hidden), with the bounds. */
  outliers?: number | undefined;
  total?: number | undefined;
  bounds?: readonly [number, number] | undefined;
}

export interface CellStatsTableProps {
  rows: CellStatsRow[];
  caption: string;
  /** Server histograms give medians and counts only. */
  withMean?: boolean;
  withOutliers?: boolean;
}

/** The numbers behind the histograms, as a table (also their text alternative). */
export function CellStatsTable({
  rows,
  caption,
  withMean = true,
  withOutliers = true,
}: CellStatsTableProps) {
  return (
    <ScrollTable
      caption={caption}
      minWidth={520}
      withTableBorder
      striped
      fz="sm"
      // "66.90 ± 0.26" is one value: the table scrolls rather than break it
      style={{ whiteSpace: 'nowrap' }}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Parameter</Table.Th>
          <Table.Th scope="col" ta="right">
            Median
          </Table.Th>
          {withMean && (
            <Table.Th scope="col" ta="right">
              Mean ± σ
            </Table.Th>
          )}
          <Table.Th scope="col" ta="right">
            n
          </Table.Th>
          {withOutliers && (
            <Table.Th scope="col" ta="right">
              Beyond 1.5 × IQR
            </Table.Th>
          )}
          {withOutliers && (
            <Table.Th scope="col" ta="right">
              Bounds
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const unit = cellParameterUnit(row.parameter);
          return (
            <Table.Tr key={row.parameter}>
              <Table.Th scope="row" fw={500}>
                {cellParameterSymbol(row.parameter)} ({unit})
              </Table.Th>
              <Table.Td ta="right">{formatValue(row.median, VALUE_DECIMALS)}</Table.Td>
              {withMean && (
                <Table.Td ta="right">
                  {row.mean === undefined || !Number.isFinite(row.mean)
                    ? '–'
                    : `${formatValue(row.mean, VALUE_DECIMALS)} ± ${formatValue(row.std, VALUE_DECIMALS)}`}
                </Table.Td>
              )}
              <Table.Td ta="right">{formatCount(row.n)}</Table.Td>
              {withOutliers && (
                <Table.Td ta="right">
                  {row.outliers === undefined
                    ? '–'
                    : `${formatCount(row.outliers)}${row.total ? ` (${percent(row.outliers, row.total)})` : ''}`}
                </Table.Td>
              )}
              {withOutliers && (
                <Table.Td ta="right">
                  {row.bounds
                    ? `${formatValue(row.bounds[0], VALUE_DECIMALS)} – ${formatValue(row.bounds[1], VALUE_DECIMALS)}`
                    : '–'}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}

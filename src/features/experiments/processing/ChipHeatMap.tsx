import { Stack, Table, Text } from '@mantine/core';
import { ChipDrawing } from '../../../components/device/ChipDrawing';
import { TableOnRequest } from '../../../components/TableOnRequest';
import type { ChipLayout } from '../../../domain/chip-layout';
import type { BlockHits } from '../../../domain/image-hits';
import { formatCount, formatPercent } from '../../../domain/units';
import { safeFileName } from '../../../lib/download';
import { BLOCK_CSV_COLUMNS } from './hits-csv';

export interface ChipHeatMapProps {
  layout: ChipLayout;
  blocks: readonly BlockHits[];
  /** Positions on blocks this chip does not have (left out of the drawing and the table). */
  outside: number;
  runLabel: string;
  fileName: string;
}

/** Hit rate as a whole percent inside a block. */
function shortPercent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

/**
 * Hits per block of the chip, on the chip drawing (colour and the number in each block), with
 * the lowest blocks said in words and every block in a table and a CSV.
 */
export function ChipHeatMap({ layout, blocks, outside, runLabel, fileName }: ChipHeatMapProps) {
  const rated = blocks.filter((b): b is BlockHits & { hitRate: number } => b.hitRate !== undefined);
  const values = new Map(rated.map((b) => [b.block, b.hitRate]));
  const max = Math.max(0.1, ...rated.map((b) => b.hitRate));
  const sorted = [...rated].sort((a, b) => a.hitRate - b.hitRate);
  const median = sorted[Math.floor(sorted.length / 2)]?.hitRate ?? 0;
  const low = sorted.filter((b) => b.hitRate < median / 2);
  const description = `${layout.name}: hit rate per block of ${runLabel}, from ${shortPercent(
    sorted[0]?.hitRate ?? 0,
  )} to ${shortPercent(sorted.at(-1)?.hitRate ?? 0)}; ${blocks.length} blocks shot.`;

  return (
    <Stack gap="xs">
      <ChipDrawing
        layout={layout}
        pattern={undefined}
        description={description}
        maxWidth={520}
        valueLayer={{
          values,
          min: 0,
          max,
          format: shortPercent,
          title: 'hit rate per block',
        }}
      />
      <Text size="sm">
        Median block hit rate {formatPercent(median)}.{' '}
        {low.length === 0
          ? 'No block fell below half of it.'
          : `Below half of it: ${low
              .map((b) => `${b.label} (${formatPercent(b.hitRate)})`)
              .join(', ')}: look for crystals that dried out or a loading problem there.`}
      </Text>
      {outside > 0 && (
        <Text size="sm" c="dimmed">
          {outside} position{outside === 1 ? '' : 's'} named blocks this {layout.name} does not
          have, so they are not drawn.
        </Text>
      )}
      <TableOnRequest
        noun="block"
        label="Hits per block"
        minWidth={360}
        csv={{
          label: 'Blocks CSV',
          rows: blocks,
          columns: BLOCK_CSV_COLUMNS,
          fileName: safeFileName(fileName),
        }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Block</Table.Th>
            <Table.Th scope="col" ta="right">
              Images
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Hits
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Hit rate
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Indexed
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {blocks.map((b) => (
            <Table.Tr key={b.block}>
              <Table.Th scope="row" fw={400}>
                {b.label}
              </Table.Th>
              <Table.Td ta="right">{formatCount(b.images)}</Table.Td>
              <Table.Td ta="right">{formatCount(b.hits)}</Table.Td>
              <Table.Td ta="right">{formatPercent(b.hitRate)}</Table.Td>
              <Table.Td ta="right">{formatCount(b.indexed)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableOnRequest>
    </Stack>
  );
}

import { Box, Group, Progress, Text } from '@mantine/core';
import type { UnitCellsProgress } from '../../../api/unit-cells/unit-cells-client';
import { formatCount } from '../../../domain/units';
import { formatMegabytes } from './unit-cells-format';

export interface CellsProgressProps {
  progress: UnitCellsProgress | undefined;
  /** Indexed patterns the processing reported (`nbIndexed`): the rows to expect. */
  expectedRows: number | undefined;
}

/**
 * The background download of the raw cells: a bar (by bytes when the server sent a length, else
 * by rows against the indexed count, else indeterminate) and the MB and rows read.
 */
export function CellsProgress({ progress, expectedRows }: CellsProgressProps) {
  const bytes = progress?.bytes ?? 0;
  const rows = progress?.rows ?? 0;
  const total = progress?.totalBytes;
  const fraction =
    total !== undefined && total > 0
      ? bytes / total
      : expectedRows !== undefined && expectedRows > 0
        ? rows / expectedRows
        : undefined;
  const percent = fraction === undefined ? undefined : Math.min(99, Math.floor(fraction * 100));
  const runs =
    progress && progress.runs > 1
      ? ` · run ${Math.min(progress.runsDone + 1, progress.runs)} of ${progress.runs}`
      : '';
  const text =
    `${formatMegabytes(bytes)}${total ? ` of ${formatMegabytes(total)}` : ''} · ` +
    `${formatCount(rows)}${expectedRows ? ` of ${formatCount(expectedRows)}` : ''} cells${runs}`;

  return (
    <Box>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm">Loading every indexed cell for the client-side view…</Text>
        <Text size="sm" c="dimmed" aria-hidden>
          {text}
        </Text>
      </Group>
      <Box
        role="progressbar"
        aria-label="Raw unit cells downloaded"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={percent === undefined ? text : `${percent} %: ${text}`}
      >
        <Progress.Root size="sm">
          <Progress.Section
            withAria={false}
            value={percent ?? 100}
            striped={percent === undefined}
            animated={percent === undefined}
          />
        </Progress.Root>
      </Box>
    </Box>
  );
}

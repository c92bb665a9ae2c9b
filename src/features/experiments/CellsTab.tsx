import { Stack } from '@mantine/core';
import { UnitCellsPanel } from './unit-cells/UnitCellsPanel';

export interface CellsTabProps {
  runId: number;
  runNumber: number;
  groupRunIds: readonly number[];
}

/**
 * Unit cells of the selected run (downloaded at once) and of the whole experiment (pooled; on
 * demand, so the selected run's cells are not fetched twice).
 */
export function CellsTab({ runId, runNumber, groupRunIds }: CellsTabProps) {
  return (
    <Stack gap="xl">
      <UnitCellsPanel
        key={runId}
        dataCollectionIds={[runId]}
        title={`Unit cells of run #${runNumber}`}
      />
      {groupRunIds.length > 1 && (
        <UnitCellsPanel
          dataCollectionIds={[...groupRunIds]}
          title={`Unit cells of the whole experiment (${groupRunIds.length} runs pooled)`}
          rawCells="on-demand"
        />
      )}
    </Stack>
  );
}

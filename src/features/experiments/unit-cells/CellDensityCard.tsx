import { Checkbox, Group, Loader, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { ChartExport } from '../../../components/charts/ChartExport';
import { DensityChart } from '../../../components/charts/DensityChart';
import {
  CELL_PAIRS,
  cellParameterLabel,
  cellParameterSymbol,
  type CellDensity,
  type CellPair,
} from '../../../domain/cell-statistics-summary';
import type { CellParameter } from '../../../domain/processing';

export interface CellDensityCardProps {
  pair: CellPair;
  onPairChange: (pair: CellPair) => void;
  hideOutliers: boolean;
  onHideOutliersChange: (hide: boolean) => void;
  /** The density to draw; `undefined` while the worker computes it. */
  density: CellDensity | undefined;
  error: string | undefined;
  fileBase: string;
}

const pairValue = ([x, y]: CellPair) => `${x}:${y}`;
const pairLabel = ([x, y]: CellPair) => `${cellParameterSymbol(x)} vs ${cellParameterSymbol(y)}`;
const PAIR_OPTIONS = CELL_PAIRS.map((pair) => ({ value: pairValue(pair), label: pairLabel(pair) }));

/** The 2-D density of two parameters (a vs c by default), where a second lattice shows. */
export function CellDensityCard({
  pair,
  onPairChange,
  hideOutliers,
  onHideOutliersChange,
  density,
  error,
  fileBase,
}: CellDensityCardProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [x, y] = pair;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Group gap="md" align="flex-end">
          <NativeSelect
            label="Density of"
            data={PAIR_OPTIONS}
            value={pairValue(pair)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              const found = CELL_PAIRS.find((p) => pairValue(p) === value);
              if (found) onPairChange(found);
            }}
            w={140}
            size="xs"
          />
          <Checkbox
            label="Only cells inside the 1.5 × IQR bounds of both"
            checked={hideOutliers}
            onChange={(event) => onHideOutliersChange(event.currentTarget.checked)}
            size="xs"
          />
          {!density && !error && <Loader size="xs" aria-label="Computing the density" />}
        </Group>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        {density && (
          <>
            <DensityChart
              svgRef={svgRef}
              grid={density.grid}
              binsX={density.binsX}
              binsY={density.binsY}
              rangeX={density.rangeX}
              rangeY={density.rangeY}
              labelX={cellParameterLabel(density.x)}
              labelY={cellParameterLabel(density.y)}
              title={`${cellParameterSymbol(density.y)} against ${cellParameterSymbol(density.x)}`}
              caption={density.hideOutliers ? 'inside IQR bounds' : 'all cells'}
            />
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed">
                Log colour scale: a population of a few percent (a second lattice, a doubled axis)
                shows beside the main one.
              </Text>
              <ChartExport
                targetRef={svgRef}
                fileName={`${fileBase}-density-${x}-${y}`}
                chartName={`density of ${cellSymbols(x, y)}`}
              />
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function cellSymbols(x: CellParameter, y: CellParameter): string {
  return `${cellParameterSymbol(x)} vs ${cellParameterSymbol(y)}`;
}

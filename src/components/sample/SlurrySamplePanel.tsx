import { Stack, Text, Title } from '@mantine/core';
import { FactList } from '../FactList';
import type { Sample } from '../../domain/sample';
import { formatScientific } from '../../domain/units';
import { ComponentsTable } from './ComponentsTable';

export interface SlurrySamplePanelProps {
  sample: Sample;
  /**
   * Whether this server sends compositions (`Capabilities.sampleCompositions`): without them an
   * empty list means "not provided", not "none".
   */
  compositionsProvided: boolean;
  /** Heading level of the component sections (the panel sits under an h2 or an h3). */
  headingOrder?: 3 | 4;
}

function size(value: number | undefined): string {
  return value === undefined ? '?' : String(Number(value.toPrecision(3)));
}

function crystalSize(sample: Sample): string {
  const { x, y, z } = sample.crystal.sizeUm;
  if (x === undefined && y === undefined && z === undefined) return '–';
  return `${size(x)} × ${size(y)} × ${size(z)} µm`;
}

/** A slurry sample: protein, crystal size and density, volume, support, and its components. */
export function SlurrySamplePanel({
  sample,
  compositionsProvided,
  headingOrder = 3,
}: SlurrySamplePanelProps) {
  const { crystal } = sample;
  const { protein } = crystal;
  const cell = crystal.cell;
  const provided =
    compositionsProvided || sample.components.length > 0 || crystal.components.length > 0;

  return (
    <Stack gap="md">
      <FactList
        facts={[
          {
            label: 'Protein',
            value:
              protein.acronym && protein.name !== protein.acronym
                ? `${protein.name} (${protein.acronym})`
                : protein.name || protein.acronym || '–',
          },
          { label: 'Crystal size X × Y × Z', value: crystalSize(sample) },
          {
            label: 'Crystal density',
            value: formatScientific(crystal.abundance, 'crystals/mL'),
          },
          {
            label: 'Volume',
            value: sample.volumeUl === undefined ? '–' : `${size(sample.volumeUl)} µL`,
          },
          { label: 'Support', value: sample.support ?? '–' },
          {
            label: 'Nominal cell',
            value: cell
              ? `${cell.a}, ${cell.b}, ${cell.c} Å; ${cell.alpha}, ${cell.beta}, ${cell.gamma}°`
              : '–',
          },
          {
            label: 'Container',
            value: sample.containerCode
              ? `${sample.containerCode}${sample.location === undefined ? '' : `, position ${sample.location}`}`
              : 'None (prepared at the beamline)',
          },
          { label: 'Comments', value: sample.comments ?? '–' },
        ]}
      />
      <Stack gap="xs">
        <Title order={headingOrder} size="h5">
          Components
        </Title>
        {!provided ? (
          <Text size="sm" c="dimmed">
            This ISPyB server does not provide sample compositions (ligands, buffers, jet material).
          </Text>
        ) : crystal.components.length === 0 && sample.components.length === 0 ? (
          <Text size="sm" c="dimmed">
            No components are recorded for this sample.
          </Text>
        ) : (
          <>
            {crystal.components.length > 0 && (
              <ComponentsTable components={crystal.components} caption="Crystal components" />
            )}
            {sample.components.length > 0 && (
              <ComponentsTable components={sample.components} caption="Sample components" />
            )}
            {(crystal.components.length === 0) !== (sample.components.length === 0) && (
              <Text size="sm" c="dimmed">
                {crystal.components.length === 0
                  ? 'No crystal components are recorded.'
                  : 'No sample components are recorded.'}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Stack>
  );
}

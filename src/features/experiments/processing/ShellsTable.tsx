import { Stack, Table, Text } from '@mantine/core';
import {
  SHELL_KINDS,
  type IntegrationResult,
  type ScalingStatistics,
} from '../../../domain/processing';
import { formatCount } from '../../../domain/units';

const SHELL_LABEL = { overall: 'Overall', inner: 'Inner shell', outer: 'Outer shell' } as const;

function num(value: number | undefined, digits: number): string {
  return value === undefined ? '–' : value.toFixed(digits);
}

/** Rows of the classic scaling summary, values as stored (the schema fixes no units beyond Å). */
const ROWS: { label: string; value: (s: ScalingStatistics) => string }[] = [
  {
    label: 'Resolution (Å)',
    value: (s) => `${num(s.resolutionLowA, 2)} – ${num(s.resolutionHighA, 2)}`,
  },
  { label: 'Observations', value: (s) => formatCount(s.observations) },
  { label: 'Unique reflections', value: (s) => formatCount(s.uniqueObservations) },
  { label: 'Completeness', value: (s) => num(s.completeness, 1) },
  { label: 'Multiplicity', value: (s) => num(s.multiplicity, 1) },
  { label: '⟨I/σ(I)⟩', value: (s) => num(s.meanIOverSigI, 1) },
  { label: 'CC½', value: (s) => num(s.ccHalf, 3) },
  { label: 'Rmerge', value: (s) => num(s.rMerge, 3) },
  { label: 'Rpim', value: (s) => num(s.rPimAll, 3) },
];

/**
 * The overall / inner / outer statistics an auto-integration program reports: what classic runs
 * show, shown for serial runs too. Shells the server did not send are said to be missing.
 */
export function ShellsTable({
  result,
  programName,
}: {
  result: IntegrationResult;
  programName: string;
}) {
  const shells = SHELL_KINDS.filter((kind) => result.shells[kind] !== undefined);
  const cell = result.cell;
  return (
    <Stack gap={4}>
      <Text size="sm">
        <Text span fw={600}>
          Space group
        </Text>{' '}
        {result.spaceGroup ?? 'not recorded'}
        {cell &&
          ` · cell ${cell.a.toFixed(2)} ${cell.b.toFixed(2)} ${cell.c.toFixed(2)} Å, ${cell.alpha.toFixed(1)} ${cell.beta.toFixed(1)} ${cell.gamma.toFixed(1)}°`}
      </Text>
      {shells.length === 0 ? (
        <Text size="sm" c="dimmed">
          The server sent no scaling statistics for this program.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table fz="sm" verticalSpacing={2} striped>
            <Table.Caption>Scaling statistics of {programName}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Statistic</Table.Th>
                {shells.map((kind) => (
                  <Table.Th key={kind} scope="col" ta="right">
                    {SHELL_LABEL[kind]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ROWS.map((row) => (
                <Table.Tr key={row.label}>
                  <Table.Th scope="row" fw={400}>
                    {row.label}
                  </Table.Th>
                  {shells.map((kind) => {
                    const shell = result.shells[kind];
                    return (
                      <Table.Td key={kind} ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {shell ? row.value(shell) : '–'}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {shells.length > 0 && shells.length < SHELL_KINDS.length && (
        <Text size="xs" c="dimmed">
          The server sent {shells.length} of the 3 shells (py-ispyb returns one per program).
        </Text>
      )}
    </Stack>
  );
}

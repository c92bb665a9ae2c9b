import { Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useHttp } from '../../api/http-context';
import { autoIntegrationsQuery } from '../../api/ispyb/processings';
import { SHELL_KINDS, type ScalingStatistics } from '../../domain/processing';

const num = (value: number | undefined, decimals: number) =>
  value === undefined ? '–' : value.toFixed(decimals);

const SHELL_LABEL = { overall: 'Overall', inner: 'Inner shell', outer: 'Outer shell' } as const;

/**
 * Without the extension: the classic overall / inner / outer scaling statistics that
 * `/processings/auto-integrations` has for the runs, values as stored (the schema fixes no units).
 */
export function AutoIntegrationStats({
  runs,
}: {
  runs: readonly { id: number; number: number }[];
}) {
  const http = useHttp();
  const results = useQueries({
    queries: runs.map((run) => ({ ...autoIntegrationsQuery(http, run.id), retry: false })),
  });
  if (results.some((r) => r.isPending)) {
    return <Text size="sm">Loading scaling statistics…</Text>;
  }
  const rows = runs.flatMap((run, i) =>
    (results[i]?.data ?? []).flatMap((program) =>
      program.results.flatMap((result) =>
        SHELL_KINDS.flatMap((kind) => {
          const stats: ScalingStatistics | undefined = result.shells[kind];
          return stats
            ? [{ run, program: program.programs ?? `Program ${program.programId}`, kind, stats }]
            : [];
        }),
      ),
    ),
  );
  const failed = results.filter((r) => r.isError).length;
  if (rows.length === 0) {
    return (
      <Text size="sm">
        None of these runs has scaling statistics in <code>/processings/auto-integrations</code>
        {failed > 0 ? ` (${failed} could not be read)` : ''}.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={4} fz="sm" striped>
        <Table.Caption ta="left">
          Scaling statistics from automatic processing, per run, as the server stores them
          {failed > 0 ? ` (${failed} run${failed === 1 ? '' : 's'} could not be read)` : ''}.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Run</Table.Th>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col">Shell</Table.Th>
            <Table.Th scope="col" ta="right">
              Resolution (Å)
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Completeness
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
              Rmerge
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ run, program, kind, stats }, i) => (
            <Table.Tr key={`${run.id}-${program}-${kind}-${i}`}>
              <Table.Td>Run {run.number}</Table.Td>
              <Table.Td>{program}</Table.Td>
              <Table.Td>{SHELL_LABEL[kind]}</Table.Td>
              <Table.Td ta="right">
                {num(stats.resolutionLowA, 2)}–{num(stats.resolutionHighA, 2)}
              </Table.Td>
              <Table.Td ta="right">{num(stats.completeness, 1)}</Table.Td>
              <Table.Td ta="right">{num(stats.multiplicity, 1)}</Table.Td>
              <Table.Td ta="right">{num(stats.meanIOverSigI, 2)}</Table.Td>
              <Table.Td ta="right">{num(stats.ccHalf, 3)}</Table.Td>
              <Table.Td ta="right">{num(stats.rMerge, 3)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

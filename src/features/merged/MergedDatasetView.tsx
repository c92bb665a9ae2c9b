import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { capabilitiesQuery } from '../../api/capabilities';
import { useHttp } from '../../api/http-context';
import { groupMergesQuery, hasMergedDatasets, mergeQuery } from '../../api/ispyb/merges';
import { experimentQuery } from '../../api/ispyb/runs';
import { FactList } from '../../components/FactList';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { mergeDelayLabel } from '../../domain/delay-series';
import { indexedPatterns, mergedPatterns } from '../../domain/merged-dataset';
import {
  applyCutoff,
  shellIndexForResolution,
  suggestCutoff,
} from '../../domain/resolution-cutoff';
import { formatCount } from '../../domain/units';
import { groupPath, seriesPath } from '../../lib/paths';
import { useUrlState } from '../../lib/url-state';
import { CutoffControl } from './CutoffControl';
import { mergeUrlCodec } from './merged-url';
import { NoMergesNotice } from './NoMergesNotice';
import { ShellCharts } from './ShellCharts';
import { ShellTable } from './ShellTable';
import { StatisticsCard } from './StatisticsCard';

export interface MergedDatasetViewProps {
  proposalName: string;
  sessionId: number;
  groupId: number;
  mergeId: number;
}

const STATE_COLOR = { success: 'green', failed: 'red', running: 'blue' } as const;

/** One merged dataset: facts, the runs that went in, the cut-off, statistics, shells and plots. */
export function MergedDatasetView({
  proposalName,
  sessionId,
  groupId,
  mergeId,
}: MergedDatasetViewProps) {
  const http = useHttp();
  const { data: capabilities } = useSuspenseQuery(capabilitiesQuery(http));
  const series = {
    to: seriesPath(proposalName, sessionId, groupId),
    label: 'Open the experiment’s datasets',
  };
  if (!hasMergedDatasets(capabilities)) {
    return (
      <Stack>
        <NoMergesNotice />
        <Anchor component={Link} to={series.to}>
          See the runs of this experiment grouped by delay
        </Anchor>
      </Stack>
    );
  }
  return (
    <MergeDetails
      proposalName={proposalName}
      sessionId={sessionId}
      groupId={groupId}
      mergeId={mergeId}
    />
  );
}

function MergeDetails({ proposalName, sessionId, groupId, mergeId }: MergedDatasetViewProps) {
  const http = useHttp();
  const { data: merge } = useSuspenseQuery(mergeQuery(http, mergeId));
  const { data: experiment } = useSuspenseQuery(experimentQuery(http, groupId));
  // whether a dataset without delay is the dark reference of a series or a static dataset
  const { data: siblings } = useSuspenseQuery(groupMergesQuery(http, groupId));
  const [state, setState] = useUrlState(mergeUrlCodec);
  const runsHeading = useId();
  const statsHeading = useId();
  const shellsHeading = useId();
  const plotsHeading = useId();

  if (merge.groupId !== groupId) {
    return (
      <NotFoundPanel
        title="Merged dataset not found"
        backTo={{
          to: groupPath(proposalName, sessionId, groupId),
          label: 'Back to the experiment',
        }}
      >
        Merged dataset {mergeId} does not belong to experiment {groupId}.
      </NotFoundPanel>
    );
  }

  const runNumbers = new Map((experiment?.runs ?? []).map((run, i) => [run.id, i + 1]));
  const { shells } = merge;
  const suggested = suggestCutoff(shells, state.rule);
  const lastIndex = Math.max(0, shells.length - 1);
  const cutIndex =
    (state.cutA === undefined ? undefined : shellIndexForResolution(shells, state.cutA)) ??
    suggested ??
    lastIndex;
  const outcome = applyCutoff(shells, cutIndex);
  const fileName = `${proposalName}-${merge.name}`;
  const cutA = outcome && shells.length > 0 ? outcome.dMinA : undefined;

  return (
    <Stack gap="xl">
      <FactList
        facts={[
          {
            label: 'Status',
            value: (
              <Badge variant="light" color={STATE_COLOR[merge.state]}>
                {merge.state}
              </Badge>
            ),
          },
          {
            label: 'Delay',
            value: mergeDelayLabel(
              merge,
              siblings.some((m) => m.delayS !== undefined),
            ),
          },
          { label: 'Program', value: merge.program ?? '–' },
          { label: 'Space group', value: merge.spaceGroup ?? '–' },
          {
            label: 'Unit cell',
            value: merge.cell
              ? `${merge.cell.a} ${merge.cell.b} ${merge.cell.c} Å, ${merge.cell.alpha} ${merge.cell.beta} ${merge.cell.gamma}°`
              : '–',
          },
          { label: 'Indexed patterns', value: formatCount(indexedPatterns(merge.runs)) },
          { label: 'Merged patterns', value: formatCount(mergedPatterns(merge.runs)) },
          { label: 'Message', value: merge.message ?? '–' },
        ]}
      />

      <Stack component="section" aria-labelledby={runsHeading} gap="sm">
        <Title order={2} size="h3" id={runsHeading}>
          Runs merged
        </Title>
        <Table.ScrollContainer
          minWidth={420}
          type="native"
          tabIndex={0}
          role="region"
          aria-labelledby={runsHeading}
          className="mantine-focus-auto"
        >
          <Table verticalSpacing={4} fz="sm" aria-labelledby={runsHeading}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Run</Table.Th>
                <Table.Th scope="col" ta="right">
                  Indexed patterns
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Merged patterns
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Kept by scaling (%)
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {merge.runs.map((run) => {
                const n = runNumbers.get(run.dataCollectionId);
                return (
                  <Table.Tr key={run.dataCollectionId}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`${groupPath(proposalName, sessionId, groupId)}?run=${run.dataCollectionId}`}
                      >
                        {n === undefined ? '' : `Run ${n} · `}data collection {run.dataCollectionId}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(run.indexed)}</Table.Td>
                    <Table.Td ta="right">{formatCount(run.merged)}</Table.Td>
                    <Table.Td ta="right">
                      {run.indexed > 0 ? ((100 * run.merged) / run.indexed).toFixed(1) : '–'}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <Stack component="section" aria-labelledby={statsHeading} gap="sm">
        <Title order={2} size="h3" id={statsHeading}>
          Statistics and resolution cut-off
        </Title>
        {shells.length > 0 ? (
          <CutoffControl
            shells={shells}
            rule={state.rule}
            cutIndex={outcome?.lastShell ?? lastIndex}
            suggested={suggested}
            onRule={(rule) => setState({ rule, cutA: undefined }, { replace: true })}
            onCut={(index) =>
              setState(
                { ...state, cutA: index === undefined ? undefined : shells[index]?.dMinA },
                { replace: true },
              )
            }
          />
        ) : (
          <Text size="sm">The server sent no per-shell table: there is nothing to cut.</Text>
        )}
        <StatisticsCard overall={merge.overall} retained={outcome?.retained} />
        {outcome && outcome.dropped.length > 0 && (
          <Text size="sm">
            Cutting at {outcome.dMinA.toFixed(2)} Å leaves out {outcome.dropped.length} shell
            {outcome.dropped.length === 1 ? '' : 's'}: {formatCount(outcome.droppedReflections)}{' '}
            reflections, {formatCount(outcome.droppedUnique)} unique.
          </Text>
        )}
      </Stack>

      <Stack component="section" aria-labelledby={shellsHeading} gap="sm">
        <Title order={2} size="h3" id={shellsHeading}>
          Per-shell statistics
        </Title>
        {shells.length > 0 ? (
          <ShellTable
            shells={shells}
            cutIndex={outcome?.lastShell ?? lastIndex}
            fileName={fileName}
          />
        ) : (
          <Text size="sm">No per-shell statistics.</Text>
        )}
      </Stack>

      {shells.length > 0 && (
        <Stack component="section" aria-labelledby={plotsHeading} gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3" id={plotsHeading}>
              Statistics against resolution
            </Title>
          </Group>
          <ShellCharts
            datasets={[{ id: merge.id, name: merge.name, shells }]}
            cutA={cutA}
            fileName={fileName}
          />
        </Stack>
      )}
    </Stack>
  );
}

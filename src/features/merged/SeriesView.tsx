import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { Fragment, useId } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { capabilitiesQuery } from '../../api/capabilities';
import { useHttp } from '../../api/http-context';
import { eventChainsQuery } from '../../api/ispyb/eventchains';
import { groupMergesQuery, hasMergedDatasets } from '../../api/ispyb/merges';
import { experimentQuery } from '../../api/ispyb/runs';
import { ssxStatsQuery } from '../../api/ispyb/ssx-processing';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import {
  delayGroupLabel,
  groupRunsByDelay,
  hasDelays,
  mergeDelayLabel,
  seriesRows,
} from '../../domain/delay-series';
import { runTiming } from '../../domain/experiment';
import type { MergedDatasetSummary } from '../../domain/merged-dataset';
import type { SsxRunStats } from '../../domain/processing';
import { formatCount } from '../../domain/units';
import { groupPath, mergePath, seriesPath, sessionPath } from '../../lib/paths';
import { useUrlState } from '../../lib/url-state';
import { AutoIntegrationStats } from './AutoIntegrationStats';
import { CompareShells } from './CompareShells';
import { DelayCharts, type DelayPoint } from './DelayCharts';
import { fmt } from './format-stats';
import { seriesUrlCodec } from './merged-url';
import { NoMergesNotice } from './NoMergesNotice';
import { usePrefetchQueries } from './prefetch';

export interface SeriesViewProps {
  proposalName: string;
  sessionId: number;
  groupId: number;
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Ids per request, as on the experiment page: long lists are refused by some proxies. */
const IDS_PER_REQUEST = 50;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const sum = (values: readonly (number | undefined)[]) =>
  values.some((v) => v !== undefined)
    ? values.reduce<number>((total, v) => total + (v ?? 0), 0)
    : undefined;

/** An experiment's runs by delay, with each delay's merged dataset, plots and a comparison. */
export function SeriesView({ proposalName, sessionId, groupId }: SeriesViewProps) {
  const http = useHttp();
  const location = useLocation();
  const { data: capabilities } = useSuspenseQuery(capabilitiesQuery(http));
  const { data: experiment } = useSuspenseQuery(experimentQuery(http, groupId));
  const runs = experiment?.runs ?? [];
  const route = capabilities.eventChains;
  const withMerges = hasMergedDatasets(capabilities);
  const runChunks = chunk(
    runs.map((r) => r.id),
    IDS_PER_REQUEST,
  );
  // every read at once, rather than each after the one that suspends above it
  usePrefetchQueries(withMerges ? [groupMergesQuery(http, groupId)] : []);
  usePrefetchQueries(
    capabilities.ssxProcessing ? runChunks.map((ids) => ssxStatsQuery(http, ids)) : [],
  );
  usePrefetchQueries(route ? runs.map((run) => eventChainsQuery(http, run.id, route)) : []);
  const chains = useSuspenseQueries({
    queries: route ? runs.map((run) => eventChainsQuery(http, run.id, route)) : [],
    combine: (results) => results.map((r) => r.data),
  });
  const stats = useSuspenseQueries({
    queries: capabilities.ssxProcessing ? runChunks.map((ids) => ssxStatsQuery(http, ids)) : [],
    combine: (results) => results.flatMap((r) => r.data),
  });
  const [state, setState] = useUrlState(seriesUrlCodec);
  const tableHeading = useId();
  const delayHeading = useId();
  const shellsHeading = useId();
  const fallbackHeading = useId();

  if (!experiment) {
    return (
      <NotFoundPanel
        title="Experiment not found"
        backTo={{ to: sessionPath(proposalName, sessionId), label: 'Back to the session' }}
      >
        Data collection group {groupId} has no data collection you can see.
      </NotFoundPanel>
    );
  }
  const { group } = experiment;
  if (group.proposalName !== proposalName || group.sessionId !== sessionId) {
    return (
      <Navigate
        to={`${seriesPath(group.proposalName, group.sessionId, group.id)}${location.search}`}
        replace
      />
    );
  }

  const groups = groupRunsByDelay(
    runs.map((run, i) => ({ id: run.id, timing: route ? runTiming(chains[i] ?? []) : undefined })),
  );
  const body = (merges: readonly MergedDatasetSummary[]) => {
    const rows = seriesRows(groups, merges);
    const statsById = new Map<number, SsxRunStats>(stats.map((s) => [s.dataCollectionId, s]));
    const runNumber = new Map(runs.map((run, i) => [run.id, i + 1]));
    const runById = new Map(runs.map((run) => [run.id, run]));
    const hasReference = merges.some((m) => m.delayS !== undefined);
    const labels = new Map(merges.map((m) => [m.id, mergeDelayLabel(m, hasReference)]));
    const reference = rows.find((r) => r.group.kind === 'reference')?.merges[0]?.overall;
    const points: DelayPoint[] = rows.flatMap((r) => {
      const overall = r.merges[0]?.overall;
      return r.group.delayS !== undefined && overall
        ? [{ delayS: r.group.delayS, stats: overall }]
        : [];
    });
    const fileName = `${proposalName}-group-${groupId}`;
    const runLink = (id: number) => `${groupPath(proposalName, sessionId, groupId)}?run=${id}`;

    return (
      <Stack gap="xl">
        {!route && (
          <Text size="sm">
            This ISPyB server does not provide event chains (timing patterns), so runs cannot be
            grouped by delay.
          </Text>
        )}
        <Stack component="section" aria-labelledby={tableHeading} gap="sm">
          <Title order={2} size="h3" id={tableHeading}>
            Runs by delay
          </Title>
          <Table.ScrollContainer minWidth={withMerges ? 980 : 560}>
            <Table striped verticalSpacing={4} fz="sm">
              <Table.Caption ta="left">
                {rows.length} delay{rows.length === 1 ? '' : 's'}; a hit-and-return run counts under
                each of its delays. Images, hits and indexed are the runs’ totals.
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Delay</Table.Th>
                  <Table.Th scope="col">Runs</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Images
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Hits
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Indexed
                  </Table.Th>
                  {withMerges && (
                    <>
                      <Table.Th scope="col">Merged dataset</Table.Th>
                      <Table.Th scope="col" ta="right">
                        Merged patterns
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        Resolution (Å)
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        Completeness (%)
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        CC½
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        ⟨I/σ(I)⟩
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        Rsplit (%)
                      </Table.Th>
                    </>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ group: g, merges: ms }) => {
                  const merge = ms[0];
                  const o = merge?.overall;
                  return (
                    <Table.Tr key={g.key} data-delay={g.key}>
                      <Table.Th scope="row" fw={500} style={NO_WRAP}>
                        {delayGroupLabel(g)}
                      </Table.Th>
                      <Table.Td>
                        {g.runIds.length === 0
                          ? '–'
                          : g.runIds.map((id, i) => (
                              <Fragment key={id}>
                                {i > 0 && ', '}
                                <Anchor component={Link} to={runLink(id)} style={NO_WRAP}>
                                  Run {runNumber.get(id) ?? id}
                                </Anchor>
                              </Fragment>
                            ))}
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatCount(sum(g.runIds.map((id) => runById.get(id)?.numberOfImages)))}
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatCount(sum(g.runIds.map((id) => statsById.get(id)?.hits)))}
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatCount(sum(g.runIds.map((id) => statsById.get(id)?.indexed)))}
                      </Table.Td>
                      {withMerges && (
                        <>
                          <Table.Td>
                            {ms.length === 0
                              ? 'Not merged'
                              : ms.map((m, i) => (
                                  <Fragment key={m.id}>
                                    {i > 0 && ', '}
                                    <Anchor
                                      component={Link}
                                      to={mergePath(proposalName, sessionId, groupId, m.id)}
                                    >
                                      {m.name}
                                    </Anchor>
                                    {m.state !== 'success' && ` (${m.state})`}
                                  </Fragment>
                                ))}
                          </Table.Td>
                          <Table.Td ta="right">
                            {merge
                              ? formatCount(merge.runs.reduce((t, r) => t + r.merged, 0))
                              : '–'}
                          </Table.Td>
                          <Table.Td ta="right">{o ? fmt.d(o.dMinA) : '–'}</Table.Td>
                          <Table.Td ta="right">{o ? fmt.pct(o.completenessPct) : '–'}</Table.Td>
                          <Table.Td ta="right">{o ? fmt.cc(o.ccHalf) : '–'}</Table.Td>
                          <Table.Td ta="right">
                            {o ? fmt.iOverSigma(o.meanIOverSigma) : '–'}
                          </Table.Td>
                          <Table.Td ta="right">{o ? fmt.pct(o.rSplitPct) : '–'}</Table.Td>
                        </>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>

        {withMerges && hasDelays(rows.map((r) => r.group)) && points.length >= 2 && (
          <Stack component="section" aria-labelledby={delayHeading} gap="sm">
            <Title order={2} size="h3" id={delayHeading}>
              Statistics against delay
            </Title>
            <Text size="sm" c="dimmed">
              Overall statistics of each delay’s merged dataset
              {reference ? '; the dashed line is the dark reference' : ''}. The table above holds
              the same numbers.
            </Text>
            <DelayCharts points={points} reference={reference} fileName={fileName} />
          </Stack>
        )}

        {withMerges && merges.length > 0 && (
          <Stack component="section" aria-labelledby={shellsHeading} gap="sm">
            <Title order={2} size="h3" id={shellsHeading}>
              Per-shell statistics compared
            </Title>
            <CompareShells
              merges={merges}
              labels={labels}
              compare={state.compare}
              onCompare={(compare) => setState({ compare }, { replace: true })}
              fileName={fileName}
            />
          </Stack>
        )}

        {!withMerges && (
          <Stack component="section" aria-labelledby={fallbackHeading} gap="sm">
            <Title order={2} size="h3" id={fallbackHeading}>
              Scaling statistics from automatic processing
            </Title>
            <AutoIntegrationStats
              runs={runs.map((run) => ({ id: run.id, number: runNumber.get(run.id) ?? 0 }))}
            />
          </Stack>
        )}
      </Stack>
    );
  };

  if (!withMerges) {
    return (
      <Stack gap="lg">
        <NoMergesNotice />
        {body([])}
      </Stack>
    );
  }
  return <WithMerges groupId={groupId} render={body} />;
}

function WithMerges({
  groupId,
  render,
}: {
  groupId: number;
  render: (merges: readonly MergedDatasetSummary[]) => React.ReactNode;
}) {
  const http = useHttp();
  const { data: merges } = useSuspenseQuery(groupMergesQuery(http, groupId));
  return <>{render(merges)}</>;
}

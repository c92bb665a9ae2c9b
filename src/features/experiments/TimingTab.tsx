import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import type { Capabilities } from '../../api/capabilities';
import { useHttp } from '../../api/http-context';
import { eventChainsQuery, type EventChainRoute } from '../../api/ispyb/eventchains';
import { QueryBoundary } from '../../components/QueryBoundary';
import { TimingComparison } from '../../components/timing/TimingComparison';
import { TimingDiagram } from '../../components/timing/TimingDiagram';
import type { DataCollection } from '../../domain/data-collection';
import type { EventChain } from '../../domain/timing';
import {
  isDelaySeries,
  orderRuns,
  runTiming,
  runTimingLabel,
  type RunTiming,
} from '../../domain/experiment';

export interface TimingTabProps {
  run: DataCollection;
  runNumber: number;
  runs: readonly DataCollection[];
  capabilities: Capabilities;
}

function summary(timing: RunTiming): string {
  switch (timing.kind) {
    case 'no-chains':
      return 'No timing pattern (event chain) is recorded for this run.';
    case 'dark':
      return 'Dark run: no laser excitation or reaction trigger in its timing pattern.';
    case 'pump-probe':
      return timing.delays.length > 1
        ? `Pump–probe, ${timing.delays.length} delays after one excitation (hit-and-return): ${runTimingLabel(timing)}.`
        : `Pump–probe delay: ${runTimingLabel(timing)}.`;
    case 'mixing':
      return timing.delays.length
        ? `Mix-and-inject: X-ray probe ${runTimingLabel(timing)}.`
        : 'Mix-and-inject, but no X-ray probe follows the reaction trigger.';
  }
}

/** The timing pattern of the selected run and, for a delay series, of every run side by side. */
export function TimingTab({ run, runNumber, runs, capabilities }: TimingTabProps) {
  const route = capabilities.eventChains;
  if (!route) {
    return (
      <Text size="sm">
        This ISPyB server does not provide timing patterns (event chains), so the timing of the runs
        cannot be shown.
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      <QueryBoundary loadingLabel="Loading the timing pattern…" resetKeys={[run.id]}>
        <RunTimingView run={run} runNumber={runNumber} route={route} />
      </QueryBoundary>
      {runs.length > 1 && (
        <QueryBoundary loadingLabel="Loading the timing of every run…">
          <SeriesComparison runs={runs} route={route} />
        </QueryBoundary>
      )}
    </Stack>
  );
}

function RunTimingView({
  run,
  runNumber,
  route,
}: {
  run: DataCollection;
  runNumber: number;
  route: EventChainRoute;
}) {
  const http = useHttp();
  const { data: chains } = useSuspenseQuery(eventChainsQuery(http, run.id, route));
  const timing = runTiming(chains);
  return (
    <Stack gap="sm">
      <Text>{summary(timing)}</Text>
      {chains.length > 0 && (
        <TimingDiagram chains={chains} title={`Timing pattern of run #${runNumber}`} />
      )}
    </Stack>
  );
}

/** Module-level so TanStack Query keeps the combined array stable between renders. */
const chainsOf = (results: readonly { data: EventChain[] }[]) => results.map((r) => r.data);

function SeriesComparison({
  runs,
  route,
}: {
  runs: readonly DataCollection[];
  route: EventChainRoute;
}) {
  const http = useHttp();
  const ordered = useMemo(() => orderRuns(runs), [runs]);
  const all = useSuspenseQueries({
    queries: ordered.map((r) => eventChainsQuery(http, r.id, route)),
    combine: chainsOf,
  });
  const series = useMemo(() => {
    const timings = all.map(runTiming);
    if (!isDelaySeries(timings)) return undefined;
    return ordered.map((_run, i) => ({
      label: `#${i + 1} ${runTimingLabel(timings[i] ?? { kind: 'no-chains' })}`,
      chains: all[i] ?? [],
    }));
  }, [all, ordered]);
  if (!series) return null;
  return <TimingComparison runs={series} title="Delay series: the timing of every run" />;
}

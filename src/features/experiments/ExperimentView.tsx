import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { capabilitiesQuery } from '../../api/capabilities';
import { useHttp } from '../../api/http-context';
import { eventChainsQuery } from '../../api/ispyb/eventchains';
import { experimentQuery } from '../../api/ispyb/runs';
import { sampleQuery } from '../../api/ispyb/samples';
import { ssxStatsQuery } from '../../api/ispyb/ssx-processing';
import { ErrorPanel } from '../../components/ErrorPanel';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { QueryBoundary } from '../../components/QueryBoundary';
import { isSerialExperiment } from '../../domain/data-collection';
import { groupPath, seriesPath, sessionPath } from '../../lib/paths';
import { useUrlState } from '../../lib/url-state';
import { experimentUrlCodec } from './experiment-url';
import { ExperimentSummary } from './ExperimentSummary';
import { FunnelPanel } from './FunnelPanel';
import { RunDetails } from './RunDetails';
import { RunsPanel } from './RunsPanel';
import { ThresholdsControl } from './ThresholdsControl';
import { usePrefetchQueries } from './prefetch';
import { chunk } from './route-id';
import { IDS_PER_REQUEST, isStatsRouteMissing } from './use-run-stats';

const NO_SSX_PROCESSING =
  'This ISPyB server does not provide SSX processing summaries (hits, indexed patterns).';

export interface ExperimentViewProps {
  proposalName: string;
  sessionId: number;
  groupId: number;
}

/** An experiment: its facts, funnel, every run, and the selected run in tabs. */
export function ExperimentView({ proposalName, sessionId, groupId }: ExperimentViewProps) {
  const http = useHttp();
  const location = useLocation();
  const { data: experiment } = useSuspenseQuery(experimentQuery(http, groupId));
  const { data: capabilities } = useSuspenseQuery(capabilitiesQuery(http));
  const [state, setState] = useUrlState(experimentUrlCodec);
  const runIds = experiment?.runs.map((r) => r.id) ?? [];
  // Every read of the page at once, rather than each panel's after the one above it.
  const route = capabilities.eventChains;
  const sampleId = experiment?.group.sampleId;
  usePrefetchQueries(
    capabilities.ssxProcessing
      ? chunk(runIds, IDS_PER_REQUEST).map((ids) => ssxStatsQuery(http, ids))
      : [],
  );
  usePrefetchQueries(route ? runIds.map((id) => eventChainsQuery(http, id, route)) : []);
  usePrefetchQueries(sampleId === undefined ? [] : [sampleQuery(http, sampleId)]);
  const funnelHeading = useId();
  const runsHeading = useId();
  const runHeading = useId();

  if (!experiment) {
    return (
      <NotFoundPanel
        title="Experiment not found"
        backTo={{ to: sessionPath(proposalName, sessionId), label: 'Back to the session' }}
      >
        Data collection group {groupId} has no data collection you can see: it does not exist, or
        you do not have access to it.
      </NotFoundPanel>
    );
  }
  const { group, runs } = experiment;
  if (group.proposalName !== proposalName || group.sessionId !== sessionId) {
    // An experiment URL under the wrong proposal or session: send the user to the right one.
    return (
      <Navigate
        to={`${groupPath(group.proposalName, group.sessionId, group.id)}${location.search}`}
        replace
      />
    );
  }

  const requested = state.run === undefined ? undefined : runs.find((r) => r.id === state.run);
  const selected = requested ?? runs.at(-1) ?? group.latestRun;
  const runNumber = runs.findIndex((r) => r.id === selected.id) + 1;

  return (
    <Stack gap="xl">
      <ExperimentSummary group={group} />
      {isSerialExperiment(group.experimentType) && (
        <Group>
          <Button
            component={Link}
            to={seriesPath(proposalName, sessionId, groupId)}
            variant="light"
          >
            Merged datasets and delays
          </Button>
        </Group>
      )}

      <Stack component="section" aria-labelledby={funnelHeading} gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id={funnelHeading}>
            Hits and indexing
          </Title>
          <ThresholdsControl
            value={state.thresholds}
            onChange={(thresholds) => setState({ ...state, thresholds }, { replace: true })}
          />
        </Group>
        {capabilities.ssxProcessing ? (
          <QueryBoundary
            loadingLabel="Loading hits and indexing…"
            resetKeys={[groupId]}
            renderError={(error, retry) =>
              isStatsRouteMissing(error) ? (
                <Text size="sm">{NO_SSX_PROCESSING}</Text>
              ) : (
                <ErrorPanel error={error} onRetry={retry} />
              )
            }
          >
            <FunnelPanel runs={runs} thresholds={state.thresholds} />
          </QueryBoundary>
        ) : (
          <Text size="sm">{NO_SSX_PROCESSING}</Text>
        )}
      </Stack>

      <Stack component="section" aria-labelledby={runsHeading} gap="sm">
        <Title order={2} size="h3" id={runsHeading}>
          Runs
        </Title>
        <RunsPanel
          group={group}
          runs={runs}
          capabilities={capabilities}
          state={state}
          setState={setState}
          selectedId={selected.id}
        />
      </Stack>

      <Stack component="section" aria-labelledby={runHeading} gap="sm">
        {state.run !== undefined && !requested && (
          <Alert color="yellow" variant="light" title="Run not in this experiment">
            Data collection {state.run} is not a run of this experiment; showing its latest run
            instead.
          </Alert>
        )}
        <RunDetails
          group={group}
          runs={runs}
          run={selected}
          runNumber={runNumber}
          tab={state.tab}
          // the run is pinned in the URL too, so a shared link shows this run, not a later one
          onTab={(tab) => setState({ ...state, tab, run: selected.id }, { replace: true })}
          capabilities={capabilities}
          headingId={runHeading}
        />
      </Stack>
    </Stack>
  );
}

import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { capabilitiesQuery } from '../../api/capabilities';
import { useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { experimentQuery } from '../../api/ispyb/runs';
import { ErrorPanel } from '../../components/ErrorPanel';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader, type Crumb } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import { experimentTypeLabel } from '../../domain/data-collection';
import { PROPOSALS_PATH, proposalPath, sessionPath } from '../../lib/paths';
import { ExperimentView } from './ExperimentView';
import { parseRouteId } from './route-id';

/** `/proposals/:proposalName/sessions/:sessionId/groups/:groupId` */
export function ExperimentPage() {
  const { proposalName = '', sessionId: rawSession, groupId: rawGroup } = useParams();
  const sessionId = parseRouteId(rawSession);
  const groupId = parseRouteId(rawGroup);
  if (sessionId === undefined || groupId === undefined) {
    const back =
      sessionId === undefined
        ? { to: proposalPath(proposalName), label: `Back to proposal ${proposalName}` }
        : { to: sessionPath(proposalName, sessionId), label: 'Back to the session' };
    return (
      <>
        <PageHeader
          crumbs={[
            { label: 'Proposals', to: PROPOSALS_PATH },
            { label: proposalName, to: proposalPath(proposalName) },
          ]}
          title="Experiment not found"
        />
        <NotFoundPanel title="This is not an experiment address" backTo={back}>
          “{sessionId === undefined ? rawSession : rawGroup}” is not a{' '}
          {sessionId === undefined ? 'session' : 'data collection group'} number.
        </NotFoundPanel>
      </>
    );
  }
  return <ExperimentScreen proposalName={proposalName} sessionId={sessionId} groupId={groupId} />;
}

function ExperimentScreen({
  proposalName,
  sessionId,
  groupId,
}: {
  proposalName: string;
  sessionId: number;
  groupId: number;
}) {
  const http = useHttp();
  // Only for the title and breadcrumb once known; the boundary below shows loading and errors.
  const { data: experiment } = useQuery(experimentQuery(http, groupId));
  // Needed with the runs: read in parallel, not after them.
  usePrefetchQuery(capabilitiesQuery(http));
  const group = experiment?.group;
  const back = { to: sessionPath(proposalName, sessionId), label: 'Back to the session' };
  const crumbs: Crumb[] = [
    { label: 'Proposals', to: PROPOSALS_PATH },
    { label: proposalName, to: proposalPath(proposalName) },
    { label: group?.sessionName ?? `Session ${sessionId}`, to: back.to },
  ];
  const title = group
    ? `${experimentTypeLabel(group.experimentType)} experiment${group.sampleName ? ` on ${group.sampleName}` : ''}`
    : `Experiment ${groupId}`;

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={title}
        subtitle={group ? `Data collection group ${groupId}` : undefined}
      />
      <QueryBoundary
        key={groupId}
        loadingLabel="Loading experiment…"
        renderError={(error, retry) =>
          isApiError(error) && error.kind === 'not-found' ? (
            <NotFoundPanel title="Experiment not found" backTo={back}>
              Data collection group {groupId} was not found, or you do not have access to it.
            </NotFoundPanel>
          ) : (
            <ErrorPanel error={error} onRetry={retry} />
          )
        }
      >
        <ExperimentView proposalName={proposalName} sessionId={sessionId} groupId={groupId} />
      </QueryBoundary>
    </>
  );
}

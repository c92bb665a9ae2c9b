import { useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { ErrorPanel } from '../../components/ErrorPanel';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import { groupPath, PROPOSALS_PATH, proposalPath } from '../../lib/paths';
import { parseId } from './merged-url';
import { SeriesView } from './SeriesView';
import { useExperimentCrumbs } from './use-experiment-crumbs';

/** `/proposals/:proposalName/sessions/:sessionId/groups/:groupId/series` */
export function SeriesPage() {
  const { proposalName = '', sessionId: s, groupId: g } = useParams();
  const [sessionId, groupId] = [parseId(s), parseId(g)];
  if (sessionId === undefined || groupId === undefined) {
    return (
      <>
        <PageHeader
          crumbs={[
            { label: 'Proposals', to: PROPOSALS_PATH },
            { label: proposalName, to: proposalPath(proposalName) },
          ]}
          title="Experiment not found"
        />
        <NotFoundPanel
          title="This is not an experiment address"
          backTo={{ to: proposalPath(proposalName), label: `Back to proposal ${proposalName}` }}
        >
          The session or experiment number in this address is not a number.
        </NotFoundPanel>
      </>
    );
  }
  return <SeriesScreen proposalName={proposalName} sessionId={sessionId} groupId={groupId} />;
}

function SeriesScreen({
  proposalName,
  sessionId,
  groupId,
}: {
  proposalName: string;
  sessionId: number;
  groupId: number;
}) {
  const crumbs = useExperimentCrumbs(proposalName, sessionId, groupId);
  const back = { to: groupPath(proposalName, sessionId, groupId), label: 'Back to the experiment' };
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title="Merged datasets and delays"
        subtitle={`Data collection group ${groupId}`}
      />
      <QueryBoundary
        key={groupId}
        loadingLabel="Loading the experiment’s datasets…"
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
        <SeriesView proposalName={proposalName} sessionId={sessionId} groupId={groupId} />
      </QueryBoundary>
    </>
  );
}

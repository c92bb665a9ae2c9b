import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { mergeQuery } from '../../api/ispyb/merges';
import { ErrorPanel } from '../../components/ErrorPanel';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import { groupPath, PROPOSALS_PATH, proposalPath, seriesPath } from '../../lib/paths';
import { MergedDatasetView } from './MergedDatasetView';
import { parseId } from './merged-url';
import { useExperimentCrumbs } from './use-experiment-crumbs';

/** `/proposals/:proposalName/sessions/:sessionId/groups/:groupId/merges/:mergeId` */
export function MergedDatasetPage() {
  const { proposalName = '', sessionId: s, groupId: g, mergeId: m } = useParams();
  const [sessionId, groupId, mergeId] = [parseId(s), parseId(g), parseId(m)];
  if (sessionId === undefined || groupId === undefined || mergeId === undefined) {
    return (
      <>
        <PageHeader
          crumbs={[
            { label: 'Proposals', to: PROPOSALS_PATH },
            { label: proposalName, to: proposalPath(proposalName) },
          ]}
          title="Merged dataset not found"
        />
        <NotFoundPanel
          title="This is not a merged-dataset address"
          backTo={{ to: proposalPath(proposalName), label: `Back to proposal ${proposalName}` }}
        >
          The session, experiment or dataset number in this address is not a number.
        </NotFoundPanel>
      </>
    );
  }
  return (
    <MergedDatasetScreen
      proposalName={proposalName}
      sessionId={sessionId}
      groupId={groupId}
      mergeId={mergeId}
    />
  );
}

interface ScreenProps {
  proposalName: string;
  sessionId: number;
  groupId: number;
  mergeId: number;
}

function MergedDatasetScreen({ proposalName, sessionId, groupId, mergeId }: ScreenProps) {
  const http = useHttp();
  // Only for the title once known; the boundary below shows loading and errors.
  const { data: merge } = useQuery({ ...mergeQuery(http, mergeId), enabled: false });
  const crumbs = useExperimentCrumbs(proposalName, sessionId, groupId);
  const experiment = {
    to: groupPath(proposalName, sessionId, groupId),
    label: 'Back to the experiment',
  };
  return (
    <>
      <PageHeader
        crumbs={[
          ...crumbs,
          { label: 'Merged datasets', to: seriesPath(proposalName, sessionId, groupId) },
        ]}
        title={merge ? `Merged dataset ${merge.name}` : `Merged dataset ${mergeId}`}
        subtitle={`Data collection group ${groupId}`}
      />
      <QueryBoundary
        key={mergeId}
        loadingLabel="Loading the merged dataset…"
        renderError={(error, retry) =>
          isApiError(error) && error.kind === 'not-found' ? (
            <NotFoundPanel title="Merged dataset not found" backTo={experiment}>
              Merged dataset {mergeId} was not found, or you do not have access to it.
            </NotFoundPanel>
          ) : (
            <ErrorPanel error={error} onRetry={retry} />
          )
        }
      >
        <MergedDatasetView
          proposalName={proposalName}
          sessionId={sessionId}
          groupId={groupId}
          mergeId={mergeId}
        />
      </QueryBoundary>
    </>
  );
}

import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { sessionGroupsQuery } from '../../api/ispyb/events';
import { sessionPersonsQuery } from '../../api/ispyb/persons';
import { sessionGroupSummariesQuery } from '../../api/ispyb/session-groups';
import { sessionQuery } from '../../api/ispyb/sessions';
import { ErrorPanel } from '../../components/ErrorPanel';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';
import { PROPOSALS_PATH, proposalPath } from '../../lib/paths';
import { QueryBoundary } from '../../components/QueryBoundary';
import { SessionDetails } from './SessionDetails';

export interface SessionViewProps {
  proposalName: string;
  sessionId: number;
}

export function SessionView({ proposalName, sessionId }: SessionViewProps) {
  const http = useHttp();
  // Start the panels' reads together with the session's, not after it.
  usePrefetchQuery(sessionGroupsQuery(http, sessionId));
  usePrefetchQuery(sessionGroupSummariesQuery(http, sessionId));
  usePrefetchQuery(sessionPersonsQuery(http, sessionId));
  // Only to put the session's name in the title once known; loading and errors are shown by
  // the boundary below, which reads the same cached query.
  const { data: session } = useQuery(sessionQuery(http, sessionId));
  const back = { to: proposalPath(proposalName), label: `Back to proposal ${proposalName}` };

  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Proposals', to: PROPOSALS_PATH },
          { label: proposalName, to: back.to },
        ]}
        title={session?.name ?? `Session ${sessionId}`}
      />
      {/* Keyed: another session gets a fresh boundary, so its loading state shows. */}
      <QueryBoundary
        key={sessionId}
        loadingLabel="Loading session…"
        renderError={(error, retry) =>
          isApiError(error) && error.kind === 'not-found' ? (
            <NotFoundPanel title="Session not found" backTo={back}>
              Session {sessionId} was not found, or you do not have access to it.
            </NotFoundPanel>
          ) : (
            <ErrorPanel error={error} onRetry={retry} />
          )
        }
      >
        <SessionDetails proposalName={proposalName} sessionId={sessionId} />
      </QueryBoundary>
    </>
  );
}

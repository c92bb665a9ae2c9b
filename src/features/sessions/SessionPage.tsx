import { useParams } from 'react-router';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';
import { PROPOSALS_PATH, proposalPath } from '../../lib/paths';
import { SessionView } from './SessionView';
import { parseSessionId } from './session-id';

/** `/proposals/:proposalName/sessions/:sessionId` */
export function SessionPage() {
  const { proposalName = '', sessionId: rawId } = useParams();
  const sessionId = parseSessionId(rawId);
  if (sessionId !== undefined) {
    return <SessionView proposalName={proposalName} sessionId={sessionId} />;
  }
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Proposals', to: PROPOSALS_PATH },
          { label: proposalName, to: proposalPath(proposalName) },
        ]}
        title="Session not found"
      />
      <NotFoundPanel
        title="This is not a session address"
        backTo={{ to: proposalPath(proposalName), label: `Back to proposal ${proposalName}` }}
      >
        “{rawId}” is not a session number.
      </NotFoundPanel>
    </>
  );
}

import { Group, Stack, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Navigate } from 'react-router';
import { useHttp } from '../../api/http-context';
import { sessionQuery } from '../../api/ispyb/sessions';
import { sessionPath } from '../../lib/paths';
import { QueryBoundary } from '../../components/QueryBoundary';
import { GroupsPanel } from './GroupsPanel';
import { SessionPersonsPanel } from './SessionPersonsPanel';
import { SessionPhaseBadge } from './SessionPhaseBadge';
import { SessionSummary } from './SessionSummary';

export interface SessionDetailsProps {
  proposalName: string;
  sessionId: number;
}

/** The session's facts, then its data collections and people, each in its own boundary. */
export function SessionDetails({ proposalName, sessionId }: SessionDetailsProps) {
  const http = useHttp();
  const { data: session } = useSuspenseQuery(sessionQuery(http, sessionId));
  const groupsHeading = useId();
  const peopleHeading = useId();

  if (session.proposalName !== proposalName) {
    // A session URL under the wrong proposal: send the user to the right one.
    return <Navigate to={sessionPath(session.proposalName, session.id)} replace />;
  }
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group>
          <SessionPhaseBadge session={session} />
        </Group>
        <SessionSummary session={session} />
      </Stack>
      <Stack component="section" aria-labelledby={groupsHeading} gap="sm">
        <Title order={2} size="h3" id={groupsHeading}>
          Data collections
        </Title>
        <QueryBoundary loadingLabel="Loading data collections…">
          <GroupsPanel session={session} />
        </QueryBoundary>
      </Stack>
      <Stack component="section" aria-labelledby={peopleHeading} gap="sm">
        <Title order={2} size="h3" id={peopleHeading}>
          People on this session
        </Title>
        <QueryBoundary loadingLabel="Loading people…">
          <SessionPersonsPanel sessionId={sessionId} sessionName={session.name} />
        </QueryBoundary>
      </Stack>
    </Stack>
  );
}

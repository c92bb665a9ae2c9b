import { Stack, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useHttp } from '../../api/http-context';
import { proposalQuery } from '../../api/ispyb/proposals';
import { QueryBoundary } from '../../components/QueryBoundary';
import { ProposalPersonsError } from './ProposalPersonsError';
import { ProposalPersonsPanel } from './ProposalPersonsPanel';
import { ProposalSummary } from './ProposalSummary';
import { SessionsPanel } from './SessionsPanel';

/** The proposal's facts, then its sessions and people, each loading and failing on its own. */
export function ProposalDetails({ proposalName }: { proposalName: string }) {
  const http = useHttp();
  const { data: proposal } = useSuspenseQuery(proposalQuery(http, proposalName));
  const sessionsHeading = useId();
  const peopleHeading = useId();

  return (
    <Stack gap="xl">
      <ProposalSummary proposal={proposal} />
      <Stack component="section" aria-labelledby={sessionsHeading} gap="sm">
        <Title order={2} size="h3" id={sessionsHeading}>
          Sessions
        </Title>
        <QueryBoundary loadingLabel="Loading sessions…">
          <SessionsPanel proposalName={proposalName} />
        </QueryBoundary>
      </Stack>
      <Stack component="section" aria-labelledby={peopleHeading} gap="sm">
        <Title order={2} size="h3" id={peopleHeading}>
          People
        </Title>
        <QueryBoundary
          loadingLabel="Loading people…"
          renderError={(error, retry) => (
            <ProposalPersonsError
              error={error}
              onRetry={retry}
              personCount={proposal.personCount}
            />
          )}
        >
          <ProposalPersonsPanel proposalName={proposalName} />
        </QueryBoundary>
      </Stack>
    </Stack>
  );
}

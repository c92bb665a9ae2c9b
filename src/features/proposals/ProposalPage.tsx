import { usePrefetchQuery } from '@tanstack/react-query';
import { Button, Group } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { proposalPersonsQuery } from '../../api/ispyb/persons';
import { proposalSessionsQuery } from '../../api/ispyb/sessions';
import { ErrorPanel } from '../../components/ErrorPanel';
import { NotFoundPanel } from '../../components/NotFoundPanel';
import { PageHeader } from '../../components/PageHeader';
import { devicesPath, PROPOSALS_PATH, shipmentsPath, samplesPath } from '../../lib/paths';
import { QueryBoundary } from '../../components/QueryBoundary';
import { ProposalDetails } from './ProposalDetails';

/** `/proposals/:proposalName` */
export function ProposalPage() {
  const { proposalName = '' } = useParams();
  const http = useHttp();
  // Sessions and people are shown below the proposal: start loading them now, not after it.
  usePrefetchQuery(proposalSessionsQuery(http, proposalName));
  usePrefetchQuery(proposalPersonsQuery(http, proposalName));

  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Proposals', to: PROPOSALS_PATH }]}
        title={proposalName}
        right={
          <Group gap="xs">
            <Button component={Link} to={devicesPath(proposalName)} variant="light" size="sm">
              Delivery devices
            </Button>
            <Button component={Link} to={shipmentsPath(proposalName)} variant="light" size="sm">
              Shipments
            </Button>
            <Button component={Link} to={samplesPath(proposalName)} variant="light" size="sm">
              Samples
            </Button>
          </Group>
        }
      />
      {/* Keyed: another proposal gets a fresh boundary, so its loading state shows. */}
      <QueryBoundary
        key={proposalName}
        loadingLabel="Loading proposal…"
        renderError={(error, retry) =>
          isApiError(error) && error.kind === 'not-found' ? (
            <NotFoundPanel
              title="Proposal not found"
              backTo={{ to: PROPOSALS_PATH, label: 'Back to the proposals list' }}
            >
              Proposal {proposalName} was not found, or you do not have access to it.
            </NotFoundPanel>
          ) : (
            <ErrorPanel error={error} onRetry={retry} />
          )
        }
      >
        <ProposalDetails proposalName={proposalName} />
      </QueryBoundary>
    </>
  );
}

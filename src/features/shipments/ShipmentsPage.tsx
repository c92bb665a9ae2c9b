import { Button, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import { seesAllProposals } from '../../domain/person';
import { proposalPath, PROPOSALS_PATH } from '../../lib/paths';
import { useUrlState } from '../../lib/url-state';
import { useAuthSession } from '../../lib/use-auth-session';
import { editUrlCodec } from './edit-url';
import { NewShipment } from './NewShipment';
import { ShipmentsResults } from './ShipmentsResults';

/**
 * `/proposals/:proposalName/shipments` (a proposal's shipments, for its users) and `/shipments`
 * (every shipment of the facility, for staff with `all_proposals`).
 */
export function ShipmentsPage() {
  const { proposalName } = useParams();
  const staff = seesAllProposals(useAuthSession()?.permissions ?? []);
  const [{ edit }, setEdit] = useUrlState(editUrlCodec);

  if (proposalName === undefined && !staff) {
    return (
      <Stack gap="md">
        <PageHeader title="All shipments" />
        <EmptyState
          title="This view is for facility staff"
          action={
            <Button component={Link} to={PROPOSALS_PATH} variant="light">
              Go to your proposals
            </Button>
          }
        >
          Listing every shipment of the facility needs the all_proposals permission. Your own
          shipments are on each proposal&apos;s page.
        </EmptyState>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {proposalName === undefined ? (
        <PageHeader title="All shipments" subtitle="Every proposal of the facility" />
      ) : (
        <PageHeader
          crumbs={[
            { label: 'Proposals', to: PROPOSALS_PATH },
            { label: proposalName, to: proposalPath(proposalName) },
          ]}
          title="Shipments"
          subtitle={`Proposal ${proposalName}`}
          right={
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEdit({ edit: { kind: 'new-shipment' } })}
            >
              New shipment
            </Button>
          }
        />
      )}
      {proposalName === undefined && (
        <Group gap="xs" wrap="nowrap">
          <IconInfoCircle size={18} aria-hidden />
          <Text size="sm">Staff view: shipments of every proposal.</Text>
        </Group>
      )}
      <QueryBoundary key={proposalName ?? ''} loadingLabel="Loading shipments…">
        <ShipmentsResults proposalName={proposalName} />
      </QueryBoundary>
      {proposalName !== undefined && edit?.kind === 'new-shipment' && (
        <NewShipment proposalName={proposalName} onClose={() => setEdit({ edit: undefined })} />
      )}
    </Stack>
  );
}

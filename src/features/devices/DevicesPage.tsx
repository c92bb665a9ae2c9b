import { Text } from '@mantine/core';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import { PROPOSALS_PATH, proposalPath } from '../../lib/paths';
import { DevicesView } from './DevicesView';

/** `/proposals/:proposalName/devices` */
export function DevicesPage() {
  const { proposalName = '' } = useParams();
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Proposals', to: PROPOSALS_PATH },
          { label: proposalName, to: proposalPath(proposalName) },
        ]}
        title="Delivery devices"
        subtitle={
          <Text span>
            How crystals met the beam in the experiments of {proposalName}. ISPyB has no device
            record: each device is told from the experiment type, the SSX fields of its latest run
            and the sample.
          </Text>
        }
      />
      <QueryBoundary key={proposalName} loadingLabel="Loading experiments…">
        <DevicesView proposalName={proposalName} />
      </QueryBoundary>
    </>
  );
}

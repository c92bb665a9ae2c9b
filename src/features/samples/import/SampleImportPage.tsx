import { useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { PROPOSALS_PATH, proposalPath, samplesPath } from '../../../lib/paths';
import { SampleImport } from './SampleImport';

/** `/proposals/:proposalName/samples/import?container=` */
export function SampleImportPage() {
  const { proposalName = '' } = useParams();
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Proposals', to: PROPOSALS_PATH },
          { label: proposalName, to: proposalPath(proposalName) },
          { label: 'Samples', to: samplesPath(proposalName) },
        ]}
        title="Import SSX samples"
        subtitle="Slurry samples from a CSV file into a container of a shipment: checked here first, created only when you confirm."
      />
      <QueryBoundary key={proposalName} loadingLabel="Loading the proposal’s proteins…">
        <SampleImport proposalName={proposalName} />
      </QueryBoundary>
    </>
  );
}

import { Button, Group, Stack } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import { PROPOSALS_PATH, proposalPath, proteinsPath, sampleImportPath } from '../../lib/paths';
import { useUrlState } from '../../lib/url-state';
import { SamplesFilters } from './SamplesFilters';
import { SamplesResults } from './SamplesResults';
import { DEFAULT_SAMPLES_STATE, samplesUrlCodec } from './samples-url';

/** `/proposals/:proposalName/samples?search=&protein=&kind=&data=&container=&page=` */
export function SamplesPage() {
  const { proposalName = '' } = useParams();
  const [state, setState] = useUrlState(samplesUrlCodec);
  return (
    <Stack gap="md">
      <PageHeader
        crumbs={[
          { label: 'Proposals', to: PROPOSALS_PATH },
          { label: proposalName, to: proposalPath(proposalName) },
        ]}
        title="Samples"
        right={
          <Group gap="xs">
            <Button component={Link} to={proteinsPath(proposalName)} variant="light" size="sm">
              Proteins
            </Button>
            <Button
              component={Link}
              to={sampleImportPath(proposalName, state.containerId)}
              size="sm"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              Import SSX samples
            </Button>
          </Group>
        }
      />
      <SamplesFilters proposalName={proposalName} state={state} onChange={setState} />
      <QueryBoundary key={proposalName} resetKeys={[state]} loadingLabel="Loading samples…">
        <SamplesResults
          proposalName={proposalName}
          state={state}
          onPage={(page) => setState({ ...state, page })}
          onClear={() => setState(DEFAULT_SAMPLES_STATE)}
        />
      </QueryBoundary>
    </Stack>
  );
}

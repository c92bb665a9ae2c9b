import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { Capabilities } from '../../../api/capabilities';
import { hasImageHits } from '../../../api/ispyb/image-hits';
import { QueryBoundary } from '../../../components/QueryBoundary';
import type { DataCollection, DataCollectionGroup } from '../../../domain/data-collection';
import { HitsSection } from './HitsSection';
import { ProgramsSection } from './ProgramsSection';

export interface ProcessingTabProps {
  group: DataCollectionGroup;
  run: DataCollection;
  runNumber: number;
  capabilities: Capabilities;
}

/**
 * The selected run's processing: its programs (status, messages, logs and result files) and how
 * the hit rate went during the run, with a heat map of hits per block on chips. Each part loads
 * and fails on its own.
 */
export function ProcessingTab({ group, run, runNumber, capabilities }: ProcessingTabProps) {
  const programsHeading = useId();
  const hitsHeading = useId();
  return (
    <Stack gap="lg">
      <Stack gap="sm" component="section" aria-labelledby={programsHeading}>
        <Title order={3} size="h4" id={programsHeading}>
          Processing programs
        </Title>
        <QueryBoundary loadingLabel="Loading the processing programs…" resetKeys={[run.id]}>
          <ProgramsSection runId={run.id} runNumber={runNumber} capabilities={capabilities} />
        </QueryBoundary>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby={hitsHeading}>
        <Title order={3} size="h4" id={hitsHeading}>
          Hit rate during the run
        </Title>
        {hasImageHits(capabilities) ? (
          <QueryBoundary loadingLabel="Loading the hits per batch…" resetKeys={[run.id]}>
            <HitsSection
              run={run}
              runNumber={runNumber}
              filePrefix={group.sessionName ?? group.proposalName}
            />
          </QueryBoundary>
        ) : (
          <Text size="sm">
            This server does not provide per-image hits, so the hit rate can only be shown for the
            whole run (in the runs table above).
          </Text>
        )}
      </Stack>
    </Stack>
  );
}

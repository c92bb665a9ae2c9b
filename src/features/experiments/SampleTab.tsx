import { Anchor, Stack, Text } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Capabilities } from '../../api/capabilities';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { sampleQuery } from '../../api/ispyb/samples';
import { ErrorPanel } from '../../components/ErrorPanel';
import { QueryBoundary } from '../../components/QueryBoundary';
import { SlurrySamplePanel } from '../../components/sample/SlurrySamplePanel';
import { samplePath } from '../../lib/paths';

export interface SampleTabProps {
  proposalName: string;
  sampleId: number | undefined;
  sampleName: string | undefined;
  capabilities: Capabilities;
}

/** The slurry the experiment used. */
export function SampleTab({ proposalName, sampleId, sampleName, capabilities }: SampleTabProps) {
  if (sampleId === undefined) {
    return <Text size="sm">No sample is recorded for this experiment.</Text>;
  }
  return (
    <Stack gap="sm">
      <Text size="sm">
        Sample{' '}
        <Anchor component={Link} to={samplePath(proposalName, sampleId)} fw={600}>
          {sampleName ?? `#${sampleId}`}
        </Anchor>{' '}
        (every experiment that used it is listed on its page).
      </Text>
      <QueryBoundary
        loadingLabel="Loading the sample…"
        resetKeys={[sampleId]}
        renderError={(error, retry) =>
          isApiError(error) && error.kind === 'not-found' ? (
            <Text size="sm">{SAMPLE_NOT_SERVED}</Text>
          ) : (
            <ErrorPanel error={error} onRetry={retry} showHomeLink={false} />
          )
        }
      >
        <SampleDetails sampleId={sampleId} capabilities={capabilities} />
      </QueryBoundary>
    </Stack>
  );
}

export const SAMPLE_NOT_SERVED =
  'The server does not serve this sample’s details (it answers “not found”): py-ispyb master and its SSX-webservice line do not serve samples created without a container, as SSX samples are.';

function SampleDetails({
  sampleId,
  capabilities,
}: {
  sampleId: number;
  capabilities: Capabilities;
}) {
  const http = useHttp();
  const { data: sample } = useSuspenseQuery(sampleQuery(http, sampleId));
  return (
    <SlurrySamplePanel sample={sample} compositionsProvided={capabilities.sampleCompositions} />
  );
}

import { Alert, Stack, Text } from '@mantine/core';
import { useQuery, useSuspenseQueries } from '@tanstack/react-query';
import type { Capabilities } from '../../../api/capabilities';
import { useHttp } from '../../../api/http-context';
import {
  autoIntegrationsQuery,
  processingMessagesQuery,
  processingProgramsQuery,
  processingStatusesQuery,
} from '../../../api/ispyb/processings';
import { EmptyState } from '../../../components/EmptyState';
import { joinRunPrograms } from '../../../domain/processing';
import { useUrlState } from '../../../lib/url-state';
import { ProgramCard } from './ProgramCard';
import { processingUrlCodec } from './processing-url';
import { useAttachmentDownload } from './use-attachment-download';

export interface ProgramsSectionProps {
  runId: number;
  runNumber: number;
  capabilities: Capabilities;
}

/**
 * Every processing program of one run with its status, messages and files. The status summary
 * and the messages are needed (an error panel if they fail); the program rows only add details,
 * and `/processings` answers 500 on some servers, so its failure is said and the rest shown.
 */
export function ProgramsSection({ runId, runNumber, capabilities }: ProgramsSectionProps) {
  const http = useHttp();
  const [url, setUrl] = useUrlState(processingUrlCodec);
  const [statuses, messages, integrations] = useSuspenseQueries({
    queries: [
      processingStatusesQuery(http, [runId]),
      processingMessagesQuery(http, runId),
      autoIntegrationsQuery(http, runId),
    ],
  });
  const details = useQuery({ ...processingProgramsQuery(http, runId), retry: false });
  const downloads = useAttachmentDownload(http, capabilities);

  const status = statuses.data.find((s) => s.dataCollectionId === runId);
  const programs = joinRunPrograms(status, details.data ?? [], integrations.data, messages.data);

  return (
    <Stack gap="sm">
      {details.isError && (
        <Alert color="yellow" variant="light" title="Some program details are missing">
          The server could not list the run’s processing jobs (command lines, times), so only their
          status, messages and files are shown.
        </Alert>
      )}
      {programs.length === 0 ? (
        <EmptyState title="No processing recorded">
          No processing program has reported on run #{runNumber} (data collection {runId}) yet.
        </EmptyState>
      ) : (
        programs.map((program) => (
          <ProgramCard
            key={program.programId}
            program={program}
            openAttachmentId={url.log}
            onView={(attachment) => setUrl({ log: attachment?.id }, { replace: true })}
            downloads={downloads}
          />
        ))
      )}
      {status?.steps.map((step, i) => (
        <Text key={i} size="sm">
          {step.kind === 'screening' ? 'Screening' : 'X-ray centring'} by {step.program}:{' '}
          {step.state}
        </Text>
      ))}
    </Stack>
  );
}

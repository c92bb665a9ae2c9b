import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { isApiError } from '../../api/errors';
import { ErrorPanel } from '../../components/ErrorPanel';

export interface ProposalPersonsErrorProps {
  error: unknown;
  onRetry: () => void;
  /** From the proposal itself, which py-ispyb counts correctly. */
  personCount: number;
}

/**
 * py-ispyb answers 500 to `/persons?proposal=` on real servers (a known defect): say so plainly
 * and give the count the proposal carries, instead of a generic failure.
 */
export function ProposalPersonsError({ error, onRetry, personCount }: ProposalPersonsErrorProps) {
  if (!isApiError(error) || error.kind !== 'server') {
    return <ErrorPanel error={error} onRetry={onRetry} />;
  }
  const serverText = error.details.serverMessage;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconUsers aria-hidden />}
      title="The ISPyB server could not list the people on this proposal"
    >
      <Stack gap="xs">
        <Text size="sm">
          The proposal has {personCount} {personCount === 1 ? 'person' : 'people'}, but the server
          failed while listing them (HTTP {error.status}
          {serverText ? `: “${serverText}”` : ''}). This is a known defect of some py-ispyb
          versions; the rest of the page is not affected.
        </Text>
        <div>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={onRetry}
          >
            Retry
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}

import { Stack, Text } from '@mantine/core';
import { DateTime } from '../../components/DateTime';
import { FactList } from '../../components/FactList';
import type { Session } from '../../domain/session';

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '–' : value ? 'Yes' : 'No';
}

export function SessionSummary({ session }: { session: Session }) {
  return (
    <Stack gap="xs">
      <FactList
        facts={[
          { label: 'Beamline', value: session.beamline },
          { label: 'Start', value: <DateTime value={session.start} /> },
          { label: 'End', value: <DateTime value={session.end} /> },
          { label: 'Operator', value: session.operator ?? '–' },
          { label: 'Scheduled', value: yesNo(session.scheduled) },
          { label: 'Data collections', value: session.dataCollectionCount ?? '–' },
          { label: 'People', value: session.personCount },
          { label: 'Session type', value: session.sessionTypes.join(', ') || '–' },
        ]}
      />
      <Text size="sm" c="dimmed">
        Start and end are facility local time.
      </Text>
      {session.comments && <Text size="sm">Comments: {session.comments}</Text>}
    </Stack>
  );
}

import { Group, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconFileAlert,
  IconHourglassHigh,
  IconPlayerRecordFilled,
  type Icon,
} from '@tabler/icons-react';
import {
  experimentStatusLabel,
  type ExperimentStatus as Status,
  type ExperimentSummary,
} from '../../domain/experiment-summary';

const LOOKS: Readonly<Record<Status, { icon: Icon; color: string }>> = {
  collecting: { icon: IconPlayerRecordFilled, color: 'green' },
  processing: { icon: IconHourglassHigh, color: 'blue' },
  failed: { icon: IconAlertTriangle, color: 'red' },
  'results-missing': { icon: IconFileAlert, color: 'orange' },
  successful: { icon: IconCircleCheck, color: 'teal' },
  unknown: { icon: IconCircleDashed, color: 'gray' },
};

const runs = (n: number) => `${n} run${n === 1 ? '' : 's'}`;

/** The detail under a status: how many runs it concerns. */
function detail(summary: ExperimentSummary): string | undefined {
  switch (summary.status) {
    case 'failed':
      return `${summary.failedRuns} of ${runs(summary.runs)}`;
    case 'processing':
    case 'results-missing':
      return summary.unprocessedRuns
        ? `${summary.unprocessedRuns} of ${runs(summary.runs)}`
        : undefined;
    default:
      return undefined;
  }
}

/** Status as an icon and words (never colour alone), with the number of runs concerned. */
export function ExperimentStatus({ summary }: { summary: ExperimentSummary }) {
  const { icon: StatusIcon, color } = LOOKS[summary.status];
  const more = detail(summary);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <StatusIcon
        size={16}
        aria-hidden
        color={`var(--mantine-color-${color}-filled)`}
        style={{ flexShrink: 0, marginTop: 2 }}
      />
      <div>
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
          {experimentStatusLabel(summary.status)}
        </Text>
        {more && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {more}
          </Text>
        )}
      </div>
    </Group>
  );
}

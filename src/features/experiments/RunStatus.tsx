import { Group, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
  IconLoader2,
  IconPlayerPlay,
} from '@tabler/icons-react';
import type { RunOutcome } from '../../domain/experiment';
import type { ProcessingState } from '../../domain/processing';

const OUTCOME: Record<RunOutcome, { label: string; color: string; Icon: typeof IconCircleCheck }> =
  {
    success: { label: 'Collected', color: 'teal', Icon: IconCircleCheck },
    failed: { label: 'Failed', color: 'red', Icon: IconCircleX },
    running: { label: 'Collecting', color: 'blue', Icon: IconPlayerPlay },
    other: { label: '', color: 'gray', Icon: IconAlertTriangle },
    unknown: { label: 'Status not recorded', color: 'gray', Icon: IconCircleDashed },
  };

const PROCESSING: Record<
  ProcessingState,
  { label: string; color: string; Icon: typeof IconCircleCheck }
> = {
  success: { label: 'processed', color: 'teal', Icon: IconCircleCheck },
  failed: { label: 'processing failed', color: 'red', Icon: IconCircleX },
  running: { label: 'processing…', color: 'blue', Icon: IconLoader2 },
  'not-run': { label: 'not processed', color: 'gray', Icon: IconCircleDashed },
};

/** Collection outcome and processing state, each as icon + words. */
export function RunStatus({
  outcome,
  runStatus,
  processing,
}: {
  outcome: RunOutcome;
  runStatus: string | undefined;
  processing: ProcessingState | undefined;
}) {
  const o = OUTCOME[outcome];
  const p = processing ? PROCESSING[processing] : undefined;
  return (
    <Group gap={6} wrap="nowrap" title={runStatus}>
      <o.Icon size={16} color={`var(--mantine-color-${o.color}-6)`} aria-hidden />
      <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
        {o.label || runStatus}
        {p && (
          <Text span size="sm" c={p.color === 'gray' ? 'dimmed' : p.color}>
            {', '}
            {p.label}
          </Text>
        )}
      </Text>
    </Group>
  );
}

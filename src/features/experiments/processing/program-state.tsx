import { Badge } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconCircleX, IconLoader2 } from '@tabler/icons-react';
import type { ProcessingState } from '../../../domain/processing';

const STATES: Record<
  ProcessingState,
  { label: string; color: string; Icon: typeof IconCircleCheck }
> = {
  success: { label: 'Succeeded', color: 'teal', Icon: IconCircleCheck },
  failed: { label: 'Failed', color: 'red', Icon: IconCircleX },
  running: { label: 'Running', color: 'blue', Icon: IconLoader2 },
  'not-run': { label: 'Did not run', color: 'gray', Icon: IconCircleDashed },
};

/** A program's status as an icon and a word (not colour alone). */
export function ProgramStateBadge({ state }: { state: ProcessingState }) {
  const { label, color, Icon } = STATES[state];
  return (
    <Badge
      variant="light"
      color={color}
      leftSection={<Icon size={14} aria-hidden />}
      style={{ flex: 'none' }}
    >
      {label}
    </Badge>
  );
}

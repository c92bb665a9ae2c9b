import { Badge } from '@mantine/core';
import type { ProposalState } from '../../domain/proposal';

const COLORS: Record<string, string> = { Open: 'green', Closed: 'gray', Cancelled: 'red' };

/** The state in words; the colour only repeats it. */
export function ProposalStateBadge({ state }: { state: ProposalState | undefined }) {
  if (!state) return <>–</>;
  return (
    <Badge variant="light" color={COLORS[state] ?? 'blue'}>
      {state}
    </Badge>
  );
}

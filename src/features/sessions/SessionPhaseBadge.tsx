import { Badge } from '@mantine/core';
import { useNow } from '../../components/use-now';
import { sessionPhase, type Session } from '../../domain/session';

const BADGES = {
  upcoming: { label: 'Upcoming', color: 'blue' },
  current: { label: 'Collecting now', color: 'green' },
  past: { label: 'Finished', color: 'gray' },
} as const;

/** Where the session is in time, in words; refreshed every minute. */
export function SessionPhaseBadge({ session }: { session: Pick<Session, 'start' | 'end'> }) {
  const now = useNow(60_000);
  const { label, color } = BADGES[sessionPhase(session, now)];
  return (
    <Badge variant={color === 'green' ? 'filled' : 'light'} color={color} size="lg">
      {label}
    </Badge>
  );
}

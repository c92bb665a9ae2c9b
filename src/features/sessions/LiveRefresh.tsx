import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBroadcast,
  IconPlayerPause,
  IconPlayerPlay,
} from '@tabler/icons-react';
import { useNow } from '../../components/use-now';

export interface LiveRefreshProps {
  /** When the data shown was last read (ms since the epoch); 0 when unknown. */
  updatedAt: number;
  paused: boolean;
  onPausedChange: (paused: boolean) => void;
  /** The last refresh failed; the data shown is older. */
  failed: boolean;
  /** Polite announcement of what changed; empty until something does. */
  announcement: string;
  intervalS: number;
}

/** `12 s`, `3 min`, `2 h` */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h`;
}

/**
 * The live-update bar of a session that is collecting: how old the table is (ticking, but not
 * read out every second: only changes in the data are announced), and a pause/resume button
 * (its label says what it does; no `aria-pressed` on top, which would say it twice).
 */
export function LiveRefresh({
  updatedAt,
  paused,
  onPausedChange,
  failed,
  announcement,
  intervalS,
}: LiveRefreshProps) {
  const now = useNow(1000);
  const age = updatedAt ? `Updated ${formatAge(now.getTime() - updatedAt)} ago` : 'Updating…';
  const state = paused
    ? 'Live updates paused'
    : failed
      ? `Last refresh failed, retrying every ${intervalS} s`
      : `Live, every ${intervalS} s`;
  const StateIcon = failed && !paused ? IconAlertTriangle : IconBroadcast;
  return (
    <Group gap="xs" wrap="wrap">
      <Group gap={6} wrap="nowrap">
        <StateIcon
          size={16}
          aria-hidden
          color={
            paused
              ? 'var(--mantine-color-dimmed)'
              : failed
                ? 'var(--mantine-color-orange-filled)'
                : 'var(--mantine-color-green-filled)'
          }
        />
        <Text size="sm">{state}</Text>
      </Group>
      <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
        · {age}
      </Text>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={
          paused ? (
            <IconPlayerPlay size={14} aria-hidden />
          ) : (
            <IconPlayerPause size={14} aria-hidden />
          )
        }
        onClick={() => onPausedChange(!paused)}
      >
        {paused ? 'Resume live updates' : 'Pause live updates'}
      </Button>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic>
        {announcement}
      </VisuallyHidden>
    </Group>
  );
}

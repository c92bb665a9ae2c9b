import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { formatDateTime } from '../../components/format';
import type { SaveState } from './use-plan-editor';

/** A short badge of where the plan stands, polite to screen readers. */
export function SaveBadge({ save }: { save: SaveState }) {
  const [color, text] =
    save.kind === 'saved'
      ? ['green', `Saved · revision ${save.revision}`]
      : save.kind === 'pending'
        ? ['gray', 'Saving…']
        : ['red', 'Not saved'];
  return (
    <Badge color={color} variant="light" role="status" aria-live="polite">
      {text}
    </Badge>
  );
}

export interface SaveProblemProps {
  save: SaveState;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  onRetry: () => void;
}

/** What went wrong with saving and the user's choices; nothing when all is well. */
export function SaveProblem({ save, onLoadTheirs, onKeepMine, onRetry }: SaveProblemProps) {
  switch (save.kind) {
    case 'conflict':
      return (
        <Alert color="orange" title="This plan was changed in another tab">
          <Text size="sm">
            Another tab saved revision {save.theirs.revision} (
            {formatDateTime(new Date(save.theirs.savedAt))}). Changes made here are not saved until
            you choose which version to keep.
          </Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" variant="light" onClick={onLoadTheirs}>
              Load the other tab’s version
            </Button>
            <Button size="xs" variant="default" onClick={onKeepMine}>
              Keep mine (save over it)
            </Button>
          </Group>
        </Alert>
      );
    case 'deleted':
      return (
        <Alert color="orange" title="This plan was deleted in another tab">
          <Text size="sm">Your changes here are not saved.</Text>
          <Button size="xs" variant="light" mt="xs" onClick={onRetry}>
            Keep this plan (save it again)
          </Button>
        </Alert>
      );
    case 'full':
      return (
        <Alert color="red" title="The browser’s storage is full">
          <Text size="sm">
            This change is not saved. Delete plans you no longer need on the Planner page, or
            download this one as a file, then retry.
          </Text>
          <Button size="xs" variant="light" mt="xs" onClick={onRetry}>
            Retry saving
          </Button>
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="red" title="The plan could not be saved">
          <Text size="sm">{save.message}</Text>
          <Button size="xs" variant="light" mt="xs" onClick={onRetry}>
            Retry saving
          </Button>
        </Alert>
      );
    default:
      return null;
  }
}

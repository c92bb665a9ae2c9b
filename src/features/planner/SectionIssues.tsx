import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/**
 * Checks of a whole list (the events, the delays) under it: an alert, whose colours keep their
 * contrast in light and dark, announced politely as the user edits.
 */
export function SectionIssues({
  error,
  warning,
}: {
  error?: string | undefined;
  warning?: string | undefined;
}) {
  if (!error && !warning) return null;
  return (
    <Alert
      color={error ? 'red' : 'yellow'}
      variant="light"
      p="xs"
      icon={<IconAlertTriangle size={16} aria-hidden />}
      role="status"
    >
      {[error, warning].filter(Boolean).join(' ')}
    </Alert>
  );
}

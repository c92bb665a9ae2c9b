import { Group, Loader, Text } from '@mantine/core';

/**
 * Says "Updating…" while a list shows the last page's rows and the next page loads. The live
 * region is always rendered (empty when fresh) so screen readers already watch it when the text
 * appears; its minimum height keeps the table from jumping.
 */
export function UpdatingStatus({ stale }: { stale: boolean }) {
  return (
    <Group gap="xs" role="status" aria-live="polite" mih={20}>
      {stale && (
        <>
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Updating…
          </Text>
        </>
      )}
    </Group>
  );
}

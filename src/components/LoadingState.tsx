import { Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

const SLOW_MS = 5_000;
const VERY_SLOW_MS = 15_000;

/**
 * Shown while data loads. It keeps waiting however long the server takes, but says so after
 * 5 s, and after 15 s suggests checking the connection.
 */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  const [stage, setStage] = useState<'normal' | 'slow' | 'very-slow'>('normal');
  useEffect(() => {
    const slow = setTimeout(() => setStage('slow'), SLOW_MS);
    const verySlow = setTimeout(() => setStage('very-slow'), VERY_SLOW_MS);
    return () => {
      clearTimeout(slow);
      clearTimeout(verySlow);
    };
  }, []);

  return (
    <Stack role="status" aria-live="polite" align="center" gap="xs" py="xl">
      <Loader size="sm" aria-hidden />
      <Text size="sm">{label}</Text>
      {stage !== 'normal' && (
        <Text size="sm" c="dimmed">
          The ISPyB server is slow to answer…
        </Text>
      )}
      {stage === 'very-slow' && (
        <Text size="sm" c="dimmed">
          Still waiting. If this goes on, check your network connection; nothing is lost, the page
          keeps waiting for the server.
        </Text>
      )}
    </Stack>
  );
}

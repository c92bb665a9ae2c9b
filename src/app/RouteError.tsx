import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { Link, useRouteError } from 'react-router';

/** A screen's code (a lazily loaded chunk) could not be downloaded. */
export class ScreenLoadError extends Error {
  override readonly name = 'ScreenLoadError';
}

/**
 * A route's own failure, outside every `QueryBoundary`: its code could not be downloaded (offline,
 * or a newer build replaced the chunk; passed as `error`), or it threw while rendering (the
 * route's `errorElement`). React Router's default
 * page has no way out; this one says what happened and offers Retry (a reload: the router keeps
 * a failed chunk import for the life of the page) and the way back.
 */
export function RouteError({ error: given }: { error?: unknown }) {
  const routeError = useRouteError();
  const error = given ?? routeError;
  const download = error instanceof ScreenLoadError;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={download ? 'This page could not be loaded' : 'Something went wrong on this page'}
      icon={<IconAlertTriangle aria-hidden />}
      maw={720}
      mx="auto"
      my="md"
    >
      <Stack gap="xs">
        <Text size="sm">
          {download
            ? 'Its code could not be downloaded. Check your network connection, then retry; if ispyb-web was just updated, retrying loads the new version.'
            : error instanceof Error
              ? error.message
              : String(error)}
        </Text>
        <Group gap="sm">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => window.location.reload()}
          >
            Retry
          </Button>
          <Anchor component={Link} to="/proposals" size="sm">
            Back to proposals
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}

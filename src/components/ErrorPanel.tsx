import { Alert, Anchor, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLogin, IconRefresh } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../api/errors';
import { loginPath } from '../lib/return-to';
import { describeError } from './describe-error';

export interface ErrorPanelProps {
  error: unknown;
  /** Offered whatever the kind of error: only the user knows whether the cause went away. */
  onRetry?: () => void;
  /** "Back to proposals" link; off where it makes no sense (the login page). */
  showHomeLink?: boolean;
}

/** Says what failed, in the user's terms, with what can be done about it. */
export function ErrorPanel({ error, onRetry, showHomeLink = true }: ErrorPanelProps) {
  const location = useLocation();
  const { title, message } = describeError(error);
  const api = isApiError(error) ? error : undefined;
  const problems = api?.kind === 'validation' ? (api.details.problems ?? []) : [];
  const here = `${location.pathname}${location.search}${location.hash}`;

  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertTriangle aria-hidden />}
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {problems.length > 0 && (
          <List size="sm">
            {problems.map((problem) => {
              const where = problem.location.filter((l) => l !== 'body' && l !== 'query').join('.');
              return (
                <List.Item key={`${where}:${problem.message}`}>
                  {where ? <Code>{where}</Code> : null} {problem.message}
                </List.Item>
              );
            })}
          </List>
        )}
        {api?.kind === 'contract' && api.details.field && (
          <Text size="sm">
            Field: <Code>{api.details.field}</Code>
          </Text>
        )}
        {api?.details.url && api.kind !== 'unauthorized' && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            Request: <Code>{api.details.url}</Code>
          </Text>
        )}
        <Group gap="sm">
          {api?.kind === 'unauthorized' && (
            <Button
              component={Link}
              to={loginPath(here)}
              size="xs"
              leftSection={<IconLogin size={16} aria-hidden />}
            >
              Sign in again
            </Button>
          )}
          {onRetry && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onRetry}
            >
              Retry
            </Button>
          )}
          {showHomeLink && (
            <Anchor component={Link} to="/proposals" size="sm">
              Back to proposals
            </Anchor>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}

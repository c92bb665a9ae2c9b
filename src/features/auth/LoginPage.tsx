import { Alert, Badge, Container, Group, Paper, Stack, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { QueryBoundary } from '../../components/QueryBoundary';
import { isExpired } from '../../lib/auth-session';
import { useAppConfig } from '../../lib/config-context';
import { safeReturnTo } from '../../lib/return-to';
import { useAuthSession } from '../../lib/use-auth-session';
import { LoginForm } from './LoginForm';

/** `/login?returnTo=…&reason=expired` */
export function LoginPage() {
  const config = useAppConfig();
  const session = useAuthSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));

  // Signed in (just now, or already when arriving here): go on to where the user was going.
  if (session && !isExpired(session, new Date())) {
    return <Navigate to={returnTo} replace />;
  }
  return (
    <Container size={440} py="xl" component="main">
      <Stack gap="lg">
        <Group gap="sm" justify="center">
          <Title order={1} size="h2" ta="center">
            Sign in to {config.siteName}
          </Title>
          {config.demo && (
            <Badge color="yellow.4" variant="filled" autoContrast>
              Demo data
            </Badge>
          )}
        </Group>
        {params.get('reason') === 'expired' && (
          <Alert color="blue" variant="light" icon={<IconClockExclamation aria-hidden />}>
            Your session expired. Sign in again to continue where you were.
          </Alert>
        )}
        <Paper withBorder p="lg" radius="md">
          <QueryBoundary
            loadingLabel="Loading sign-in methods…"
            renderError={(error, retry) => (
              <ErrorPanel error={error} onRetry={retry} showHomeLink={false} />
            )}
          >
            <LoginForm />
          </QueryBoundary>
        </Paper>
      </Stack>
    </Container>
  );
}

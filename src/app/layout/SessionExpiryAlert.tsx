import { Alert, Button, Group, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { formatTime } from '../../components/format';
import { useNow } from '../../components/use-now';
import { setSession } from '../../lib/auth-session';
import { useAppConfig } from '../../lib/config-context';
import { loginPath } from '../../lib/return-to';
import { useAuthSession } from '../../lib/use-auth-session';
import { expiryStatus } from './session-expiry';
import { useSignOutTo } from './use-sign-out-to';

/**
 * py-ispyb tokens cannot be refreshed. Shortly before the token ends the user is told when, and
 * may sign in again at once; when it ends they are sent to sign in and brought back here.
 */
export function SessionExpiryAlert() {
  const session = useAuthSession();
  const { tokenWarningMinutes } = useAppConfig();
  const now = useNow(5_000);
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOutTo = useSignOutTo();
  const [dismissed, setDismissed] = useState(false);

  const status = expiryStatus(session?.expiresAt, now, tokenWarningMinutes);
  const here = `${location.pathname}${location.search}${location.hash}`;

  useEffect(() => {
    if (status.kind !== 'expired') return;
    setSession(undefined, 'expired');
    queryClient.clear();
    void navigate(`${loginPath(here)}&reason=expired`, { replace: true });
  }, [status.kind, here, navigate, queryClient]);

  if (status.kind !== 'ending' || dismissed) return null;
  return (
    <Alert
      role="status"
      color="yellow"
      variant="light"
      mb="md"
      icon={<IconClockExclamation aria-hidden />}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setDismissed(true)}
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          Your session ends at {formatTime(status.expiresAt)}; sign in again to continue.
        </Text>
        <Button size="xs" variant="light" onClick={() => signOutTo({ comeBack: true })}>
          Sign in again
        </Button>
      </Group>
    </Alert>
  );
}

import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMoodEmpty } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface NotFoundPanelProps {
  title: string;
  children: ReactNode;
  backTo?: { to: string; label: string };
}

/** Something the URL names does not exist (or is hidden from this user), with a way back. */
export function NotFoundPanel({
  title,
  children,
  backTo = { to: '/proposals', label: 'Back to proposals' },
}: NotFoundPanelProps) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="sm" ta="center">
        <IconMoodEmpty size={40} stroke={1.5} aria-hidden />
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text c="dimmed">{children}</Text>
        <Button
          component={Link}
          to={backTo.to}
          variant="light"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {backTo.label}
        </Button>
      </Stack>
    </Paper>
  );
}

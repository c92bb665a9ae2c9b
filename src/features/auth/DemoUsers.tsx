import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';

export interface DemoUsersProps {
  users: readonly { login: string; description: string }[];
  onPick: (login: string) => void;
}

/** Demo mode only: the made-up accounts of the embedded demo ISPyB. */
export function DemoUsers({ users, onPick }: DemoUsersProps) {
  return (
    <Stack gap="xs" component="section" aria-label="Demo users">
      <Title order={2} size="h5">
        Demo users
      </Title>
      <Text size="sm" c="dimmed">
        This is a demo with made-up data. Pick a user to fill in the login.
      </Text>
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {users.map((user) => (
          <Group component="li" key={user.login} justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" style={{ minWidth: 0 }}>
              <Code>{user.login}</Code> {user.description}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => onPick(user.login)}
              aria-label={`Use login ${user.login}`}
              // The description wraps; the button keeps its width (it was squeezed to "U").
              style={{ flexShrink: 0 }}
            >
              Use
            </Button>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}

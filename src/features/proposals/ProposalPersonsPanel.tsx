import { Stack, Text } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useHttp } from '../../api/http-context';
import { proposalPersonsQuery } from '../../api/ispyb/persons';
import { PersonsTable } from '../../components/PersonsTable';

export function ProposalPersonsPanel({ proposalName }: { proposalName: string }) {
  const http = useHttp();
  const { data } = useSuspenseQuery(proposalPersonsQuery(http, proposalName));
  return (
    <Stack gap="xs">
      {data.source === 'sessions' && (
        <Text size="sm" c="dimmed">
          Gathered from the proposal&apos;s sessions: this server cannot list a proposal&apos;s
          people directly.
        </Text>
      )}
      <PersonsTable persons={data.persons} caption={`People on proposal ${proposalName}`} />
    </Stack>
  );
}

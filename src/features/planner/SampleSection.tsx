import { Alert, Button, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useHttp } from '../../api/http-context';
import { proposalsQuery } from '../../api/ispyb/proposals';
import { samplesQuery } from '../../api/ispyb/samples';
import { proposalSessionsQuery } from '../../api/ispyb/sessions';
import { describeError } from '../../components/describe-error';
import { formatDateTime } from '../../components/format';
import type { Plan } from '../../domain/plan';

/** Options offered per list: a picker, not a browser; typing narrows the proposals. */
const PAGE_SIZE = 100;

export interface SampleSectionProps {
  plan: Plan;
  update: (change: (plan: Plan) => Plan) => void;
  headingId: string;
}

function QueryProblem({ error, retry, what }: { error: unknown; retry: () => void; what: string }) {
  const { message } = describeError(error);
  return (
    <Alert color="red" title={`The ${what} could not be loaded`}>
      <Text size="sm">{message}</Text>
      <Button size="compact-sm" variant="light" mt="xs" onClick={retry}>
        Retry
      </Button>
    </Alert>
  );
}

/** Proposal, session and slurry sample of the plan, and its planned start. */
export function SampleSection({ plan, update, headingId }: SampleSectionProps) {
  const http = useHttp();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 300);
  const proposals = useQuery(proposalsQuery(http, { search: query, page: 1, pageSize: PAGE_SIZE }));
  const proposal = plan.proposalName;
  const sessions = useQuery({
    ...proposalSessionsQuery(http, proposal ?? ''),
    enabled: proposal !== undefined,
  });
  const samples = useQuery({
    ...samplesQuery(http, {
      proposal,
      orderBy: 'name',
      order: 'asc',
      page: 1,
      pageSize: PAGE_SIZE,
    }),
    enabled: proposal !== undefined,
  });

  const proposalOptions = [
    ...new Set([
      ...(proposal ? [proposal] : []),
      ...(proposals.data?.items.map((p) => p.name) ?? []),
    ]),
  ];
  const sessionOptions = (sessions.data ?? []).map((s) => ({
    value: String(s.id),
    label: `${s.name} · ${s.beamline} · ${formatDateTime(s.start)}`,
  }));
  const sampleOptions = (samples.data?.items ?? []).map((s) => ({
    value: String(s.id),
    label: `${s.name}${s.crystal.protein.acronym ? ` · ${s.crystal.protein.acronym}` : ''}`,
  }));
  if (
    plan.sampleId !== undefined &&
    !sampleOptions.some((o) => o.value === String(plan.sampleId))
  ) {
    // a sample beyond the first page (or no longer listed) stays shown by its saved name
    sampleOptions.unshift({
      value: String(plan.sampleId),
      label: plan.sampleName ?? `Sample ${plan.sampleId}`,
    });
  }

  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id={headingId}>
        Sample and session
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Select
          label="Proposal"
          placeholder="Type to search proposals"
          searchable
          data={proposalOptions}
          value={proposal ?? null}
          searchValue={search}
          onSearchChange={setSearch}
          nothingFoundMessage={proposals.isPending ? 'Loading…' : 'No proposal matches'}
          onChange={(name) =>
            update((p) =>
              (name ?? undefined) === p.proposalName
                ? p
                : {
                    ...p,
                    proposalName: name ?? undefined,
                    sessionId: undefined,
                    sampleId: undefined,
                    sampleName: undefined,
                  },
            )
          }
        />
        <Select
          label="Session"
          placeholder={proposal ? 'Choose a session' : 'Choose a proposal first'}
          disabled={!proposal}
          data={sessionOptions}
          value={plan.sessionId === undefined ? null : String(plan.sessionId)}
          nothingFoundMessage="No sessions"
          onChange={(id) => {
            const session = sessions.data?.find((s) => String(s.id) === id);
            update((p) => ({
              ...p,
              sessionId: session?.id,
              // the plan starts with its session unless a start was already set
              startTime:
                p.startTime ??
                (session ? dayjs(session.start).format('YYYY-MM-DDTHH:mm') : undefined),
            }));
          }}
        />
        <Select
          label="Slurry sample"
          placeholder={proposal ? 'Choose a sample' : 'Choose a proposal first'}
          disabled={!proposal}
          searchable
          data={sampleOptions}
          value={plan.sampleId === undefined ? null : String(plan.sampleId)}
          nothingFoundMessage={samples.isPending ? 'Loading…' : 'No sample matches'}
          onChange={(id) => {
            const option = sampleOptions.find((o) => o.value === id);
            const sample = samples.data?.items.find((s) => String(s.id) === id);
            update((p) => ({
              ...p,
              sampleId: id ? Number(id) : undefined,
              sampleName: sample?.name ?? option?.label,
            }));
          }}
        />
        <TextInput
          type="datetime-local"
          label="Planned start (facility local time)"
          value={plan.startTime ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            update((p) => ({ ...p, startTime: value || undefined }));
          }}
        />
      </SimpleGrid>
      {proposals.isError && (
        <QueryProblem
          error={proposals.error}
          retry={() => void proposals.refetch()}
          what="proposals"
        />
      )}
      {sessions.isError && (
        <QueryProblem
          error={sessions.error}
          retry={() => void sessions.refetch()}
          what="sessions"
        />
      )}
      {samples.isError && (
        <QueryProblem error={samples.error} retry={() => void samples.refetch()} what="samples" />
      )}
    </Stack>
  );
}

import { Stack, Tabs, Text } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useHttp } from '../../api/http-context';
import { proposalSessionsQuery } from '../../api/ispyb/sessions';
import { EmptyState } from '../../components/EmptyState';
import { useNow } from '../../components/use-now';
import { splitSessionsByPhase, type SessionPhase } from '../../domain/session';
import { useUrlState } from '../../lib/url-state';
import { SessionsTable } from './SessionsTable';
import { proposalUrlCodec, SESSION_PHASES } from './proposal-url';

const LABELS: Record<SessionPhase, string> = {
  upcoming: 'Upcoming',
  current: 'Current',
  past: 'Past',
};

/** The sessions of a proposal in Upcoming / Current / Past tabs; the tab is in the URL. */
export function SessionsPanel({ proposalName }: { proposalName: string }) {
  const http = useHttp();
  const { data: sessions } = useSuspenseQuery(proposalSessionsQuery(http, proposalName));
  const now = useNow(60_000);
  const phases = useMemo(() => splitSessionsByPhase(sessions, now), [sessions, now]);
  const [url, setUrl] = useUrlState(proposalUrlCodec);

  if (sessions.length === 0) {
    return <EmptyState title="This proposal has no sessions yet" />;
  }
  const fallback = phases.current.length ? 'current' : phases.upcoming.length ? 'upcoming' : 'past';
  const selected = url.sessions ?? fallback;

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Times are facility local time.
      </Text>
      <Tabs
        value={selected}
        onChange={(value) => {
          const phase = SESSION_PHASES.find((p) => p === value);
          if (phase) setUrl({ sessions: phase }, { replace: true });
        }}
      >
        <Tabs.List>
          {SESSION_PHASES.map((phase) => (
            <Tabs.Tab key={phase} value={phase}>
              {LABELS[phase]} ({phases[phase].length})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SESSION_PHASES.map((phase) => (
          <Tabs.Panel key={phase} value={phase} pt="sm">
            {phases[phase].length === 0 ? (
              <EmptyState title={`No ${LABELS[phase].toLowerCase()} sessions`} />
            ) : (
              <SessionsTable
                sessions={phases[phase]}
                caption={`${LABELS[phase]} sessions of ${proposalName}`}
              />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

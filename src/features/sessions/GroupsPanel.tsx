import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useHttp } from '../../api/http-context';
import { sessionGroupsQuery } from '../../api/ispyb/events';
import { EmptyState } from '../../components/EmptyState';
import { GroupsTable } from './GroupsTable';
import { newestFirst } from './newest-first';

export interface GroupsPanelProps {
  sessionId: number;
  sessionName: string;
}

/** The data collection groups of a session, newest first. */
export function GroupsPanel({ sessionId, sessionName }: GroupsPanelProps) {
  const http = useHttp();
  const { data } = useSuspenseQuery(sessionGroupsQuery(http, sessionId));
  const groups = useMemo(() => newestFirst(data), [data]);
  if (groups.length === 0) {
    return <EmptyState title="No data collections in this session yet" />;
  }
  return (
    <GroupsTable
      groups={groups}
      caption={`Data collection groups of ${sessionName}, newest first (facility local time)`}
    />
  );
}

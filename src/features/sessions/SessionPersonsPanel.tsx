import { useSuspenseQuery } from '@tanstack/react-query';
import { useHttp } from '../../api/http-context';
import { sessionPersonsQuery } from '../../api/ispyb/persons';
import { PersonsTable } from '../../components/PersonsTable';

export interface SessionPersonsPanelProps {
  sessionId: number;
  sessionName: string;
}

export function SessionPersonsPanel({ sessionId, sessionName }: SessionPersonsPanelProps) {
  const http = useHttp();
  const { data: persons } = useSuspenseQuery(sessionPersonsQuery(http, sessionId));
  return <PersonsTable persons={persons} caption={`People on session ${sessionName}`} />;
}

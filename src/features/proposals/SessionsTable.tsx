import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { sessionPath } from '../../lib/paths';
import type { Session } from '../../domain/session';

export interface SessionsTableProps {
  sessions: readonly Session[];
  caption: string;
}

export function SessionsTable({ sessions, caption }: SessionsTableProps) {
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Session</Table.Th>
            <Table.Th>Beamline</Table.Th>
            <Table.Th>Start</Table.Th>
            <Table.Th>End</Table.Th>
            <Table.Th ta="right">Data collections</Table.Th>
            <Table.Th>Operator</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={sessionPath(session.proposalName, session.id)}
                  fw={600}
                >
                  {session.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{session.beamline}</Table.Td>
              <Table.Td>
                <DateTime value={session.start} />
              </Table.Td>
              <Table.Td>
                <DateTime value={session.end} />
              </Table.Td>
              <Table.Td ta="right">{session.dataCollectionCount ?? '–'}</Table.Td>
              <Table.Td>{session.operator ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

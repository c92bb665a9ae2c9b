import { Badge, Table } from '@mantine/core';
import { displayName, type Person } from '../domain/person';
import { EmptyState } from './EmptyState';
import { ScrollTable } from './ScrollTable';

export interface PersonsTableProps {
  persons: readonly Person[];
  /** Accessible name of the table, e.g. "People on session MX2532-3". */
  caption: string;
}

function byName(a: Person, b: Person): number {
  return (
    a.familyName.localeCompare(b.familyName) ||
    a.givenName.localeCompare(b.givenName) ||
    a.id - b.id
  );
}

/** People on a proposal or session; role, remote and session columns only when the server sends them. */
export function PersonsTable({ persons, caption }: PersonsTableProps) {
  if (persons.length === 0) {
    return <EmptyState title="No people are listed" />;
  }
  const sorted = [...persons].sort(byName);
  const hasRole = persons.some((p) => p.role !== undefined);
  const hasRemote = persons.some((p) => p.remote !== undefined);
  const hasSessions = persons.some((p) => p.sessionCount !== undefined);

  return (
    <ScrollTable caption={caption} minWidth={360} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          {hasRole && <Table.Th>Role</Table.Th>}
          {hasRemote && <Table.Th>Attendance</Table.Th>}
          {hasSessions && <Table.Th ta="right">Sessions</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((person) => (
          <Table.Tr key={person.id}>
            <Table.Td>{displayName(person) || `Person ${person.id}`}</Table.Td>
            {hasRole && <Table.Td>{person.role ?? '–'}</Table.Td>}
            {hasRemote && (
              <Table.Td>
                {person.remote === undefined ? (
                  '–'
                ) : (
                  <Badge variant="light" color={person.remote ? 'blue' : 'gray'}>
                    {person.remote ? 'Remote' : 'On site'}
                  </Badge>
                )}
              </Table.Td>
            )}
            {hasSessions && <Table.Td ta="right">{person.sessionCount ?? '–'}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

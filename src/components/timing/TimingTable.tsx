import { Stack, Table, Text } from '@mantine/core';
import { eventTypeLabel, type EventChain } from '../../domain/timing';
import { describeDelays, formatOptionalSeconds, formatSeconds } from '../../domain/timing-format';
import { formatCount } from '../../domain/units';
import { ScrollTable } from '../ScrollTable';

export interface TimingTableProps {
  chains: readonly EventChain[];
}

/** A chain written as thousands of separate pulses would make a table no one reads. */
const MAX_ROWS = 500;

/**
 * The timing pattern as text: every event as recorded (not merged), with SI units. The
 * alternative to the drawing for screen readers, copy-paste and exact values.
 */
export function TimingTable({ chains }: TimingTableProps) {
  return (
    <Stack gap="md">
      {chains.map((chain, index) => {
        const name = chain.name?.trim() || `Event chain ${chain.id ?? index + 1}`;
        const delays = describeDelays(chain);
        const rows = chain.events.slice(0, MAX_ROWS);
        return (
          <Stack gap={4} key={`${chain.id ?? 'x'}-${index}`}>
            <ScrollTable
              caption={`${name}${delays ? ` — ${delays}` : ''}`}
              minWidth={640}
              striped
              withTableBorder
              fz="sm"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Event</Table.Th>
                  <Table.Th scope="col">Type</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Offset
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Duration
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Period
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Repetition
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((e, i) => (
                  <Table.Tr key={e.id ?? `i${i}`}>
                    <Table.Th scope="row" fw={400}>
                      {e.name ?? '–'}
                    </Table.Th>
                    <Table.Td>
                      {eventTypeLabel(e.type)}
                      {e.typeInferred ? ' (inferred from its id)' : ''}
                    </Table.Td>
                    <Table.Td ta="right">{formatSeconds(e.offset)}</Table.Td>
                    <Table.Td ta="right">{formatOptionalSeconds(e.duration)}</Table.Td>
                    <Table.Td ta="right">{formatOptionalSeconds(e.period)}</Table.Td>
                    <Table.Td ta="right">{formatCount(e.repetition)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
            {chain.events.length > rows.length && (
              <Text size="sm" c="dimmed">
                Showing the first {formatCount(rows.length)} of {formatCount(chain.events.length)}{' '}
                events.
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

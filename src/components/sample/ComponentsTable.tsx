import { Table, Text } from '@mantine/core';
import type { Component } from '../../domain/sample';
import { componentPh, formatAmount } from './amount-format';

export interface ComponentsTableProps {
  components: readonly Component[];
  caption: string;
}

/** Components of a crystal or a sample: type, name, composition, amount and pH. */
export function ComponentsTable({ components, caption }: ComponentsTableProps) {
  return (
    <Table.ScrollContainer
      minWidth={560}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table striped captionSide="top">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Type</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Composition</Table.Th>
            <Table.Th ta="right">Concentration / ratio</Table.Th>
            <Table.Th ta="right">pH</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {components.map((component, index) => {
            const ph = componentPh(component);
            return (
              <Table.Tr key={`${component.id ?? 'c'}-${index}`}>
                <Table.Td>{component.type}</Table.Td>
                <Table.Td>
                  <Text span size="sm" fw={600}>
                    {component.name}
                  </Text>
                </Table.Td>
                <Table.Td>{component.composition ?? '–'}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {component.amount.kind === 'pH' ? '–' : formatAmount(component.amount)}
                </Table.Td>
                <Table.Td ta="right">{ph === undefined ? '–' : String(ph)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

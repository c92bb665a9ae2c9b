import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';

export type SortDirection = 'asc' | 'desc';

export interface SortableThProps {
  label: string;
  /** Direction when the table is sorted by this column, otherwise `undefined`. */
  sorted: SortDirection | undefined;
  onSort: () => void;
  align?: 'left' | 'right';
}

/** A column header that sorts on click or Enter; the state is in `aria-sort`, not only an icon. */
export function SortableTh({ label, sorted, onSort, align = 'left' }: SortableThProps) {
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th
      ta={align}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <UnstyledButton onClick={onSort} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          <span>{label}</span>
          <Icon size={14} aria-hidden style={{ opacity: sorted ? 1 : 0.5 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

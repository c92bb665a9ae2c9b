import { Stack, Table, Text, type TableProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export interface ScrollTableProps extends Omit<TableProps, 'captionSide'> {
  /** Names the table (and its scroll region) for screen readers; shown above it. */
  caption: ReactNode;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  children: ReactNode;
}

/**
 * A table that scrolls sideways on a phone under a caption that does not: a `<caption>` lives
 * inside the table, so at 390 px it scrolled away with the columns and was cut off. The caption
 * names the table through `aria-labelledby`, as `<caption>` did. The scroll region is focusable
 * so the keyboard can scroll it too.
 */
export function ScrollTable({ caption, minWidth, children, ...tableProps }: ScrollTableProps) {
  const captionId = useId();
  return (
    <Stack gap={4}>
      <Text id={captionId} size="sm" c="dimmed">
        {caption}
      </Text>
      <Table.ScrollContainer
        minWidth={minWidth}
        type="native"
        tabIndex={0}
        role="region"
        aria-labelledby={captionId}
        className="mantine-focus-auto"
      >
        <Table aria-labelledby={captionId} {...tableProps}>
          {children}
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

import { Group, Pagination } from '@mantine/core';

// Mantine's controls are bare arrows; these names are what screen readers announce.
const CONTROL_LABELS = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

export interface ListPaginationProps {
  /** The name of the navigation landmark, e.g. "Pages of samples". */
  label: string;
  /** How many pages there are. */
  total: number;
  /** The page in the URL; one past the end (an old link) marks the last page as current. */
  page: number;
  onPage: (page: number) => void;
}

/** The pages of a list screen, as a named navigation landmark; nothing when there is one page. */
export function ListPagination({ label, total, page, onPage }: ListPaginationProps) {
  if (total <= 1) return null;
  return (
    <Group component="nav" aria-label={label} justify="center">
      <Pagination
        total={total}
        value={Math.min(page, total)}
        onChange={onPage}
        getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
        getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] })}
      />
    </Group>
  );
}

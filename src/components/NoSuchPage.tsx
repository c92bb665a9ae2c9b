import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';

export interface NoSuchPageProps {
  /** The page in the URL, past the end of the list. */
  page: number;
  onFirstPage: () => void;
  /** How long the list is, when known. */
  children?: ReactNode;
}

/** A list page past the end (an old link, or the list has shrunk) says so and offers page 1. */
export function NoSuchPage({ page, onFirstPage, children }: NoSuchPageProps) {
  return (
    <EmptyState
      title={`There is no page ${page}`}
      action={
        <Button variant="light" onClick={onFirstPage}>
          Go to the first page
        </Button>
      }
    >
      {children}
    </EmptyState>
  );
}

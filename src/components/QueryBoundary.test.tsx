import { useSuspenseQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { renderWithProviders } from '../testing/render';
import { QueryBoundary } from './QueryBoundary';

function Answer({ load }: { load: () => Promise<string> }) {
  const { data } = useSuspenseQuery({ queryKey: ['answer'], queryFn: load });
  return <p>Answer: {data}</p>;
}

describe('QueryBoundary', () => {
  it('shows loading, then the content', async () => {
    renderWithProviders(
      <QueryBoundary loadingLabel="Loading the answer…">
        <Answer load={async () => '42'} />
      </QueryBoundary>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the answer…');
    expect(await screen.findByText('Answer: 42')).toBeInTheDocument();
  });

  it('shows a failure, and the content after Retry', async () => {
    let calls = 0;
    const load = async () => {
      calls += 1;
      if (calls === 1) throw new ApiError('network', 'x');
      return '42';
    };
    const { user } = renderWithProviders(
      <>
        <p>Rest of the page</p>
        <QueryBoundary>
          <Answer load={load} />
        </QueryBoundary>
      </>,
    );
    expect(await screen.findByText('Cannot reach the ISPyB server')).toBeInTheDocument();
    expect(screen.getByText('Rest of the page')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Answer: 42')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('lets the page render its own error view', async () => {
    renderWithProviders(
      <QueryBoundary renderError={(error) => <p>Custom: {String(error)}</p>}>
        <Answer
          load={async () => {
            throw new Error('nope');
          }}
        />
      </QueryBoundary>,
    );
    expect(await screen.findByText('Custom: Error: nope')).toBeInTheDocument();
  });
});

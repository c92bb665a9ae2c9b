import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadingState } from './LoadingState';

afterEach(() => vi.useRealTimers());

describe('LoadingState', () => {
  it('keeps waiting, saying more as time passes', () => {
    vi.useFakeTimers();
    render(
      <MantineProvider>
        <LoadingState label="Loading sessions…" />
      </MantineProvider>,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Loading sessions…');
    expect(status).not.toHaveTextContent('slow');

    act(() => vi.advanceTimersByTime(5_000));
    expect(status).toHaveTextContent('The ISPyB server is slow to answer…');
    expect(status).not.toHaveTextContent('network connection');

    act(() => vi.advanceTimersByTime(10_000));
    expect(status).toHaveTextContent('check your network connection');
    expect(status).toHaveTextContent('Loading sessions…');
  });
});

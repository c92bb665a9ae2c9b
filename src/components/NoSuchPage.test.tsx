import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { NoSuchPage } from './NoSuchPage';

describe('NoSuchPage', () => {
  it('says the page is past the end and goes back to the first one', async () => {
    const onFirstPage = vi.fn();
    const { user } = renderWithProviders(
      <NoSuchPage page={9} onFirstPage={onFirstPage}>
        The list has 30 samples.
      </NoSuchPage>,
    );
    expect(screen.getByText('There is no page 9')).toBeInTheDocument();
    expect(screen.getByText('The list has 30 samples.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to the first page' }));
    expect(onFirstPage).toHaveBeenCalledTimes(1);
  });
});

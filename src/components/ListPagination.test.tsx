import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { ListPagination } from './ListPagination';

describe('ListPagination', () => {
  it('names the landmark, the pages and the arrows, and goes to the page picked', async () => {
    const onPage = vi.fn();
    const { user } = renderWithProviders(
      <ListPagination label="Pages of samples" total={3} page={2} onPage={onPage} />,
    );
    const nav = within(screen.getByRole('navigation', { name: 'Pages of samples' }));
    expect(nav.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('button', { name: 'Previous page' })).toBeEnabled();
    await user.click(nav.getByRole('button', { name: 'Next page' }));
    expect(onPage).toHaveBeenCalledWith(3);
    await user.click(nav.getByRole('button', { name: 'Page 1' }));
    expect(onPage).toHaveBeenCalledWith(1);
  });

  it('marks the last page as current when the URL asks for one past the end', () => {
    renderWithProviders(
      <ListPagination label="Pages of proteins" total={3} page={7} onPage={vi.fn()} />,
    );
    expect(screen.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows nothing for a single page', () => {
    renderWithProviders(
      <ListPagination label="Pages of proteins" total={1} page={1} onPage={vi.fn()} />,
    );
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});

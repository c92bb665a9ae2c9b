import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { NotFoundPage } from './NotFoundPage';

describe('NotFoundPage', () => {
  it('names the unknown address and leads back to the proposals', () => {
    renderWithProviders(<NotFoundPage />, { route: '/nowhere/here', path: '*' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/nowhere/here')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to proposals' })).toHaveAttribute(
      'href',
      '/proposals',
    );
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { UpdatingStatus } from './UpdatingStatus';

describe('UpdatingStatus', () => {
  it('keeps an empty live region while the rows are fresh', () => {
    renderWithProviders(<UpdatingStatus stale={false} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();
  });

  it('announces Updating… while the rows are those of the last page', () => {
    renderWithProviders(<UpdatingStatus stale />);
    expect(screen.getByRole('status')).toHaveTextContent('Updating…');
  });
});

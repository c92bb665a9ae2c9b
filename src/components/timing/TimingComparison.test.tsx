import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { darkChain, hareChain, pumpProbeChain } from '../../domain/timing-fixtures';
import { renderWithProviders } from '../../testing/render';
import { TimingComparison } from './TimingComparison';

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

const series = [
  { label: '#1 dark', chains: [darkChain()] },
  { label: '#2 1µs', chains: [pumpProbeChain(1e-6)] },
  { label: '#3 10µs', chains: [pumpProbeChain(1e-5)] },
  { label: '#4 10ms', chains: [pumpProbeChain(1e-2)] },
];

describe('TimingComparison', () => {
  it('summarises the delay growing across the series, the dark run as such', () => {
    renderWithProviders(<TimingComparison runs={series} title="Delay series" />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      /^Delay series of 4 runs: #1 dark \(no laser\); #2 1µs: pump–probe delay 1 µs; #3 10µs: pump–probe delay 10 µs; #4 10ms: pump–probe delay 10 ms\. Showing /,
    );
  });

  it('opens on a window that shows the longest delay', () => {
    renderWithProviders(<TimingComparison runs={series} />);
    // 10 ms delay + 4 ms exposure
    expect(screen.getByText(/^Showing /).textContent).toMatch(/^Showing -\d+ µs to 14\.\d+ ms\./);
  });

  it('lists each run with its delay as a table', async () => {
    const { user } = renderWithProviders(
      <TimingComparison runs={[...series, { label: '#5 HARE', chains: [hareChain()] }]} />,
    );
    await user.click(screen.getByRole('switch', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Timing of each run of the series' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '#1 dark (no laser)',
      '#2 1µs',
      '#3 10µs',
      '#4 10ms',
      '#5 HARE',
    ]);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'dark (no laser)',
      'pump–probe delay 1 µs',
      'pump–probe delay 10 µs',
      'pump–probe delay 10 ms',
      'pump–probe delays 1 ms, 10 ms, 100 ms',
    ]);
  });

  it('says so when no run has a timing pattern', () => {
    renderWithProviders(<TimingComparison runs={[{ label: '#1', chains: [] }]} />);
    expect(screen.getByText('No timing patterns')).toBeInTheDocument();
  });
});

import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { theme } from '../../lib/theme';
import { serializeSvg } from './chart-export';
import { DensityChart } from './DensityChart';
import { HistogramChart } from './HistogramChart';

function withTheme(ui: React.ReactElement) {
  return render(<MantineProvider theme={theme}>{ui}</MantineProvider>);
}

describe('HistogramChart', () => {
  it('draws one bar per non-empty bin over its true width, with markers and a summary', () => {
    withTheme(
      <HistogramChart
        edges={[78, 79, 80, 81, 83]}
        counts={[2, 0, 5, 1]}
        label="a (Å)"
        median={80.4}
        mean={80.25}
        std={0.8}
      />,
    );
    const svg = screen.getByRole('img', {
      name: 'Histogram of a (Å): 8 cells in 4 bins from 78.00 to 83.00; median 80.40; mean 80.25 ± 0.80 (σ)',
    });
    const bars = svg.querySelector('path')?.getAttribute('d') ?? '';
    expect(bars.match(/M/g)).toHaveLength(3);
    // the last bin (81–83) is twice as wide as the others
    const widths = [...bars.matchAll(/M([\d.]+) [\d.]+V[\d.]+H([\d.]+)/g)].map(
      (m) => Number(m[2]) - Number(m[1]),
    );
    expect((widths[2] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(2, 1);
    expect(svg).toHaveTextContent('median 80.40');
    expect(svg).toHaveTextContent('mean 80.25 ± 0.80 (σ)');
  });

  it('serialises as a standalone SVG document', () => {
    withTheme(<HistogramChart edges={[0, 1, 2]} counts={[3, 4]} label="c (Å)" />);
    const text = serializeSvg(screen.getByRole('img') as unknown as SVGSVGElement);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg/);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain('width="380" height="260"');
    expect(text).not.toContain('var(--');
  });
});

describe('DensityChart', () => {
  it('draws the grid as an embedded PNG with axes, a colour scale and a summary', () => {
    const grid = new Uint32Array(4 * 3);
    grid[1 * 4 + 2] = 120; // x bin 2, y bin 1
    grid[0] = 3;
    withTheme(
      <DensityChart
        grid={grid}
        binsX={4}
        binsY={3}
        rangeX={[60, 68]}
        rangeY={[30, 36]}
        labelX="a (Å)"
        labelY="c (Å)"
      />,
    );
    const svg = screen.getByRole('img', {
      name: /^Density of c \(Å\) against a \(Å\): 123 cells on a 4 × 3 grid, .*densest at 65\.0, 33\.0 \(120 cells\)$/,
    });
    expect(svg.querySelector('image')?.getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    expect(svg).toHaveTextContent('cells per bin (log scale)');
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChipLayout } from '../../domain/chip-layout';
import { renderWithProviders } from '../../testing/render';
import { ChipDrawing } from './ChipDrawing';

const layout: ChipLayout = {
  name: 'Test chip',
  blocksX: 2,
  blocksY: 2,
  aperturesX: 4,
  aperturesY: 4,
  pitchUm: undefined,
};

describe('ChipDrawing value layer', () => {
  it('writes each value in its block, leaves blocks without one dashed, and shows the scale', () => {
    const { container } = renderWithProviders(
      <ChipDrawing
        layout={layout}
        pattern={undefined}
        description="Hit rate per block"
        valueLayer={{
          values: new Map([
            [1, 0.5],
            [4, 0.05],
          ]),
          min: 0,
          max: 0.5,
          format: (v) => `${Math.round(v * 100)} %`,
          title: 'hit rate per block',
        }}
      />,
    );
    const drawing = screen.getByRole('img', { name: 'Hit rate per block' });
    const valued = drawing.querySelectorAll('[data-value]');
    expect([...valued].map((g) => [g.getAttribute('data-block'), g.textContent])).toEqual([
      ['A1', '50 %'],
      ['B2', '5 %'],
    ]);
    const empty = drawing.querySelector('[data-block="A2"] rect');
    expect(empty?.getAttribute('stroke-dasharray')).toBe('8 6');
    // the lightest and darkest ends of the scale get dark and light text
    const texts = [...valued].map((g) => g.querySelector('text')?.getAttribute('fill'));
    expect(texts).toEqual(['#1a1b1e', '#ffffff']);
    expect(container).toHaveTextContent('hit rate per block; dashed: not shot');
  });
});

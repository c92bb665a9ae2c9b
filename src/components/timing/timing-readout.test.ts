import { describe, expect, it } from 'vitest';
import { ID29_PERIOD, pumpProbeChain } from '../../domain/timing-fixtures';
import { layoutScene } from './timing-draw';
import { readoutAt } from './timing-readout';
import { sceneForChains } from './timing-scene';

describe('readoutAt', () => {
  const scene = sceneForChains([pumpProbeChain(1e-3, 51_200)]);
  const layout = layoutScene(scene, 1000);
  const view = { start: 0, end: 2 * ID29_PERIOD };
  const xOf = (t: number) => layout.plotLeft + (t / (view.end - view.start)) * layout.plotWidth;
  const laneY = (lane: number) => {
    const row = layout.groups[0]?.rows[lane];
    return (row?.top ?? 0) + (row?.height ?? 0) / 2;
  };

  it('describes the X-ray exposure under the pointer', () => {
    const readout = readoutAt(scene, layout, view, xOf(ID29_PERIOD + 3e-3), laneY(1));
    expect(readout?.lines[0]).toBe('X-ray exposure: X-ray probe');
    expect(readout?.lines).toContain('Occurrence 2 of 51\u202f200 at 5.32 ms');
    expect(readout?.window).toBe(view);
  });

  it('finds an 8 ns laser pulse within a few pixels, and nothing in an empty stretch', () => {
    expect(readoutAt(scene, layout, view, xOf(ID29_PERIOD) + 2, laneY(0))?.lines[0]).toBe(
      'Laser excitation: Laser pump 450 nm',
    );
    expect(readoutAt(scene, layout, view, xOf(ID29_PERIOD) + 40, laneY(0))).toBeUndefined();
  });

  it('says nothing outside the lanes or the plot', () => {
    expect(readoutAt(scene, layout, view, xOf(1e-3), 2)).toBeUndefined();
    expect(readoutAt(scene, layout, view, layout.plotLeft - 10, laneY(1))).toBeUndefined();
  });
});

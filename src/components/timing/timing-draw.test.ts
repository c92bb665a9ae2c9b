import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import {
  darkChain,
  hareChain,
  ID29_PERIOD,
  mixAndInjectChain,
  pumpProbeChain,
  separatePulsesChain,
} from '../../domain/timing-fixtures';
import type { TimeWindow } from '../../domain/timing';
import { wholePatternWindow } from '../../domain/timing-view';
import { drawScene, estimateTextWidth, layoutScene, type Primitive } from './timing-draw';
import { laneColor, timingPalette } from './timing-palette';
import { sceneForChains, sceneForRuns, type TimingScene } from './timing-scene';
import { primitivesToSvg } from './timing-svg';

const palette = timingPalette(DEFAULT_THEME, 'light');

function draw(scene: TimingScene, window: TimeWindow, width = 1000) {
  const layout = layoutScene(scene, width);
  return { layout, ...drawScene({ scene, layout, window, palette, measure: estimateTextWidth }) };
}
const texts = (ps: Primitive[]) => ps.flatMap((p) => (p.kind === 'text' ? [p.text] : []));
const rectsOf = (ps: Primitive[], fill: string) =>
  ps.filter((p): p is Extract<Primitive, { kind: 'rect' }> => p.kind === 'rect' && p.fill === fill);

describe('sceneForChains', () => {
  it('has one lane per type, labelled in words, and brackets the delay', () => {
    const scene = sceneForChains([pumpProbeChain(1e-3)]);
    const group = scene.groups[0];
    expect(group?.rows.map((r) => r.label)).toEqual([
      'Laser excitation',
      'X-ray exposure',
      'X-ray detection',
    ]);
    expect(group?.annotations.map((a) => a.label)).toEqual(['Δt 1 ms']);
    expect(group?.subtitle).toBe('pump–probe delay 1 ms');
  });
  it('brackets every HARE delay and the mixing time', () => {
    expect(sceneForChains([hareChain()]).groups[0]?.annotations.map((a) => a.label)).toEqual([
      'Δt 1 ms',
      'Δt 10 ms',
      'Δt 100 ms',
    ]);
    expect(
      sceneForChains([mixAndInjectChain(0.2)]).groups[0]?.annotations.map((a) => a.label),
    ).toEqual(['reaction 200 ms']);
  });
  it('flags types read from ids', () => {
    const chain = pumpProbeChain(1e-3);
    chain.events = chain.events.map((e) => ({ ...e, typeInferred: e.type === 'XrayDetection' }));
    expect(sceneForChains([chain]).groups[0]?.rows[2]?.label).toBe('X-ray detection (inferred)');
  });
});

describe('sceneForRuns', () => {
  it('gives every run the same lanes and names the dark run', () => {
    const scene = sceneForRuns([
      { label: '#1 dark', chains: [darkChain()] },
      { label: '#2 1 µs', chains: [pumpProbeChain(1e-6)] },
      { label: '#3 10 µs', chains: [pumpProbeChain(1e-5)] },
    ]);
    expect(scene.groups.map((g) => g.title)).toEqual(['#1 dark (no laser)', '#2 1 µs', '#3 10 µs']);
    expect(scene.groups.map((g) => g.rows.map((r) => r.label))).toEqual([
      ['Laser', 'X-ray'],
      ['Laser', 'X-ray'],
      ['Laser', 'X-ray'],
    ]);
    expect(scene.groups.map((g) => g.annotations.map((a) => a.pair.delay))).toEqual([
      [],
      [1e-6],
      [1e-5],
    ]);
  });
  it('says dark when the label does not', () => {
    const scene = sceneForRuns([{ label: 'run 7', chains: [darkChain()] }]);
    expect(scene.groups[0]?.title).toBe('run 7 · dark (no laser)');
  });
});

describe('layoutScene', () => {
  it('stacks groups, lanes and brackets above the axis', () => {
    const layout = layoutScene(sceneForChains([pumpProbeChain(1e-3), hareChain()]), 900);
    const [a, b] = layout.groups;
    expect(a?.rows).toHaveLength(3);
    expect(b?.annotationYs).toHaveLength(3);
    expect((b?.top ?? 0) > (a?.bottom ?? Infinity)).toBe(true);
    expect(layout.axisY).toBeGreaterThan(b?.bottom ?? Infinity);
    expect(layout.height).toBeGreaterThan(layout.axisY);
    expect(layout.plotWidth).toBe(layout.plotRight - layout.plotLeft);
  });
  it('stretches lanes to a given height', () => {
    const scene = sceneForChains([pumpProbeChain(1e-3)]);
    const natural = layoutScene(scene, 900);
    const tall = layoutScene(scene, 900, natural.height + 60);
    expect(tall.height).toBe(natural.height + 60);
    expect(tall.groups[0]?.rows[0]?.height).toBeCloseTo(40, 5);
  });
  it.each([1000, 600, 390, 330, 250])('never cuts a lane label at %i px', (width) => {
    const chains = [pumpProbeChain(1e-3), mixAndInjectChain(0.05)];
    // an id-only server: "(inferred)" makes the labels long
    const inferred = chains.map((c) => ({
      ...c,
      events: c.events.map((e) => ({ ...e, typeInferred: true })),
    }));
    for (const scene of [sceneForChains(chains), sceneForChains(inferred)]) {
      const { layout, primitives } = draw(scene, { start: 0, end: 0.01 }, width);
      const labels = scene.groups.flatMap((g) => g.rows.map((r) => r.label));
      const drawn = texts(primitives);
      for (const label of labels) expect(drawn).toContain(label);
      expect(
        drawn.some((t) => t.endsWith('…') && labels.some((l) => l.startsWith(t.slice(0, -1)))),
      ).toBe(false);
      // the plot keeps most of the canvas
      expect(layout.plotWidth).toBeGreaterThan(width * 0.5);
    }
  });
  it('keeps the gutter on wide canvases and puts labels above the lanes on narrow ones', () => {
    const scene = sceneForChains([pumpProbeChain(1e-3)]);
    const wide = layoutScene(scene, 1000);
    expect(wide.labelsAbove).toBe(false);
    expect(wide.plotLeft).toBe(170);
    const narrow = layoutScene(
      sceneForChains([
        {
          ...pumpProbeChain(1e-3),
          events: pumpProbeChain(1e-3).events.map((e) => ({ ...e, typeInferred: true })),
        },
      ]),
      330,
    );
    expect(narrow.labelsAbove).toBe(true);
    const row = narrow.groups[0]?.rows[0];
    expect(row?.labelY).toBeLessThan(row?.top ?? -Infinity);
  });
});

describe('drawScene', () => {
  it('draws 10⁶ pulses in a bounded number of primitives', () => {
    const scene = sceneForChains([pumpProbeChain(1e-3, 1_000_000)]);
    const window = wholePatternWindow([pumpProbeChain(1e-3, 1_000_000)]);
    const { primitives, aggregated } = draw(scene, window);
    expect(aggregated).toBe(true);
    expect(primitives.length).toBeLessThan(200);
    // the solid train merges into a handful of rects per lane
    expect(rectsOf(primitives, laneColor(palette, 'XrayExposure')).length).toBeLessThan(10);
    expect(texts(primitives)).toEqual(
      expect.arrayContaining(['Laser excitation', 'X-ray exposure', 'X-ray detection']),
    );
  });

  it('draws single pulses to scale when zoomed in, with the delay bracket and SI ticks', () => {
    const scene = sceneForChains([pumpProbeChain(1e-3, 1_000_000)]);
    const { primitives, aggregated, layout } = draw(scene, { start: 0, end: 0.01 });
    expect(aggregated).toBe(false);
    const xray = rectsOf(primitives, laneColor(palette, 'XrayExposure'));
    // 4 ms of a 10 ms window: 40 % of the plot
    expect(xray[0]?.w).toBeCloseTo(0.4 * layout.plotWidth, 6);
    expect(texts(primitives)).toEqual(expect.arrayContaining(['Δt 1 ms', '0 s', '2 ms', '10 ms']));
  });

  it('points at a delay bracket that is out of view', () => {
    const scene = sceneForChains([pumpProbeChain(1e-3, 1000)]);
    const { primitives } = draw(scene, { start: 1, end: 1.01 });
    expect(texts(primitives)).toContain('◀ Δt 1 ms');
  });

  it.each<[string, TimeWindow]>([
    ['whole pattern', { start: -0.002, end: 0.05 }],
    ['a few pulses', { start: 0, end: 3 * ID29_PERIOD }],
  ])('gives both encodings the same bars: %s', (_, window) => {
    const periodic = draw(sceneForChains([pumpProbeChain(1e-4, 10)]), window, 300);
    const separate = draw(sceneForChains([separatePulsesChain(1e-4, 10)]), window, 300);
    for (const type of ['LaserExcitation', 'XrayExposure']) {
      expect(rectsOf(separate.primitives, laneColor(palette, type))).toEqual(
        rectsOf(periodic.primitives, laneColor(palette, type)),
      );
    }
  });

  it('writes "no laser" in the dark run’s laser lane', () => {
    const scene = sceneForRuns([
      { label: 'dark', chains: [darkChain(100)] },
      { label: '1 ms', chains: [pumpProbeChain(1e-3, 100)] },
    ]);
    expect(texts(draw(scene, { start: 0, end: 0.01 }).primitives)).toContain('no laser');
  });
});

describe('primitivesToSvg', () => {
  it('serialises the same primitives, escaped, with an accessible name', () => {
    const scene = sceneForChains([{ ...pumpProbeChain(1e-3, 100), name: 'A & B <1 ms>' }]);
    const { primitives, layout } = draw(scene, { start: 0, end: 0.01 });
    const svg = primitivesToSvg(primitives, {
      width: layout.width,
      height: layout.height,
      fontFamily: 'system-ui, "Segoe UI"',
      title: 'Timing pattern: laser',
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1000"/);
    expect(svg).toContain('role="img" aria-label="Timing pattern: laser"');
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
    expect(svg).toContain('A &amp; B &lt;1 ms&gt;');
    expect(svg.match(/<rect /g)?.length).toBe(primitives.filter((p) => p.kind === 'rect').length);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
});

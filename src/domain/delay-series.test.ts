import { describe, expect, it } from 'vitest';
import {
  delayGroupLabel,
  groupRunsByDelay,
  hasDelays,
  mergeDelayLabel,
  seriesRows,
  type TimedRun,
} from './delay-series';
import { runTiming } from './experiment';
import {
  darkChain,
  hareChain,
  mixAndInjectChain,
  pumpProbeChain,
  separatePulsesChain,
} from './timing-fixtures';

const run = (id: number, chains: Parameters<typeof runTiming>[0]): TimedRun => ({
  id,
  timing: runTiming(chains),
});

describe('groupRunsByDelay', () => {
  it('groups a pump–probe series, dark runs as the reference, both timing encodings alike', () => {
    const groups = groupRunsByDelay([
      run(1, [pumpProbeChain(1e-4)]),
      run(2, [darkChain()]),
      run(3, [separatePulsesChain(1e-4)]),
      run(4, [pumpProbeChain(1e-6)]),
      run(5, [darkChain()]),
    ]);
    expect(groups.map((g) => [g.key, g.runIds])).toEqual([
      ['dark', [2, 5]],
      ['pump-probe:0.000001', [4]],
      ['pump-probe:0.0001', [1, 3]],
    ]);
    expect(groups.map(delayGroupLabel)).toEqual(['Dark (reference)', '1 µs', '100 µs']);
  });

  it('groups mix-and-inject runs by reaction time', () => {
    const groups = groupRunsByDelay([
      run(1, [mixAndInjectChain(0.2)]),
      run(2, [mixAndInjectChain(0.05)]),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['reaction', 'reaction']);
    expect(groups.map(delayGroupLabel)).toEqual(['50 ms after mixing', '200 ms after mixing']);
  });

  it('puts a hit-and-return run in the group of each of its delays', () => {
    const groups = groupRunsByDelay([
      run(1, [hareChain([1e-3, 1e-2])]),
      run(2, [hareChain([1e-2])]),
    ]);
    expect(groups.map((g) => [delayGroupLabel(g), g.runIds])).toEqual([
      ['1 ms', [1]],
      ['10 ms', [1, 2]],
    ]);
  });

  it('reads an experiment with no excited run as static, and runs with no timing as unknown', () => {
    const groups = groupRunsByDelay([
      run(1, [darkChain()]),
      run(2, []),
      { id: 3, timing: undefined },
      run(4, [darkChain()]),
    ]);
    expect(groups.map((g) => [g.kind, g.runIds])).toEqual([
      ['static', [1, 4]],
      ['unknown', [2, 3]],
    ]);
    expect(hasDelays(groups)).toBe(false);
  });
});

describe('seriesRows', () => {
  const groups = groupRunsByDelay([run(1, [darkChain()]), run(2, [pumpProbeChain(1e-4)])]);

  it('attaches each merge to the group of its delay', () => {
    const rows = seriesRows(groups, [
      { id: 10, delayS: 1e-4, delayType: 'pump-probe' as const },
      { id: 11, delayS: undefined, delayType: undefined },
    ]);
    expect(rows.map((r) => [r.group.key, r.merges.map((m) => m.id)])).toEqual([
      ['dark', [11]],
      ['pump-probe:0.0001', [10]],
    ]);
  });

  it('gives a merge whose delay no visible run has a row of its own, in delay order', () => {
    const rows = seriesRows(groups, [{ id: 12, delayS: 1e-6, delayType: 'pump-probe' as const }]);
    expect(rows.map((r) => [r.group.key, r.group.runIds, r.merges.length])).toEqual([
      ['dark', [1], 0],
      ['pump-probe:0.000001', [], 1],
      ['pump-probe:0.0001', [2], 0],
    ]);
    expect(hasDelays(rows.map((r) => r.group))).toBe(true);
  });
});

describe('mergeDelayLabel', () => {
  it('names the delay, or the reference or static dataset', () => {
    expect(mergeDelayLabel({ delayS: 1e-4, delayType: 'pump-probe' }, true)).toBe('100 µs');
    expect(mergeDelayLabel({ delayS: 0.2, delayType: 'reaction' }, true)).toBe(
      '200 ms after mixing',
    );
    expect(mergeDelayLabel({ delayS: undefined, delayType: undefined }, true)).toBe(
      'Dark (reference)',
    );
    expect(mergeDelayLabel({ delayS: undefined, delayType: undefined }, false)).toBe(
      'No delay (static)',
    );
  });
});

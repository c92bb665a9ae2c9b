import { describe, expect, it } from 'vitest';
import { sequentialKeys } from './plan-fixtures';
import { expandTemplate, PLAN_TEMPLATES } from './plan-templates';

describe('expandTemplate', () => {
  it('gives the pump–probe pattern: laser, then exposure and readout 1 ms later, ×positions', () => {
    const { events, delays } = expandTemplate('pump-probe', 25_600, sequentialKeys());
    expect(events).toEqual([
      {
        key: 'k1',
        type: 'LaserExcitation',
        name: 'Laser pump',
        offset: { value: 0, unit: 'ns' },
        duration: { value: 10, unit: 'ns' },
        period: { value: 10, unit: 'ms' },
        repetition: 25_600,
      },
      {
        key: 'k2',
        type: 'XrayExposure',
        name: 'X-ray probe',
        offset: { value: 1, unit: 'ms' },
        duration: { value: 5, unit: 'ms' },
        period: { value: 10, unit: 'ms' },
        repetition: 25_600,
      },
      {
        key: 'k3',
        type: 'XrayDetection',
        name: 'Detector readout',
        offset: { value: 1, unit: 'ms' },
        duration: { value: 5, unit: 'ms' },
        period: { value: 10, unit: 'ms' },
        repetition: 25_600,
      },
    ]);
    expect(delays).toEqual([{ key: 'k4', kind: 'delay', delay: { value: 1, unit: 'ms' } }]);
  });

  it('gives a dark reference and five delays for the delay series', () => {
    const { delays } = expandTemplate('delay-series', 100, sequentialKeys());
    expect(
      delays.map((d) => (d.kind === 'dark' ? 'dark' : `${d.delay.value} ${d.delay.unit}`)),
    ).toEqual(['dark', '1 µs', '10 µs', '100 µs', '1 ms', '10 ms']);
  });

  it('starts mix-and-inject from a reaction trigger, with no laser', () => {
    const { events, delays } = expandTemplate('mix-and-inject', 1000, sequentialKeys());
    expect(events.map((e) => e.type)).toEqual(['ReactionTrigger', 'XrayExposure', 'XrayDetection']);
    expect(delays).toHaveLength(1);
  });

  it('gives HARE one laser pulse and five returns, as one run', () => {
    const { events, delays } = expandTemplate('hit-and-return', 1000, sequentialKeys());
    expect(events[0]).toMatchObject({ type: 'LaserExcitation', repetition: undefined });
    expect(events[1]).toMatchObject({ type: 'XrayExposure', repetition: 5 });
    expect(delays).toEqual([]);
  });

  it('uses fresh keys for every row and a whole repetition of at least 1', () => {
    for (const t of PLAN_TEMPLATES) {
      const { events, delays } = expandTemplate(t.id, 0.4, sequentialKeys());
      const keys = [...events.map((e) => e.key), ...delays.map((d) => d.key)];
      expect(new Set(keys).size).toBe(keys.length);
      for (const e of events) expect(e.repetition === undefined || e.repetition >= 1).toBe(true);
    }
  });
});

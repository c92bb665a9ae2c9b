import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../domain/experiment';
import {
  DEFAULT_EXPERIMENT_STATE,
  EXPERIMENT_TABS,
  experimentSearch,
  experimentUrlCodec,
} from './experiment-url';

const decode = (qs: string) => experimentUrlCodec.decode(new URLSearchParams(qs));

describe('experimentUrlCodec', () => {
  it('reads an empty query as the defaults and writes the defaults as nothing', () => {
    expect(decode('')).toEqual(DEFAULT_EXPERIMENT_STATE);
    expect(experimentSearch(DEFAULT_EXPERIMENT_STATE)).toBe('');
  });

  it.each(EXPERIMENT_TABS)('round-trips the %s tab with a run', (tab) => {
    const state = decode(`run=40031&tab=${tab}`);
    expect(state).toMatchObject({ run: 40031, tab });
    expect(decode(experimentSearch(state).slice(1))).toEqual(state);
  });

  it('ignores unknown tabs, sorts and bad run ids', () => {
    expect(decode('tab=map&sort=colour&dir=up&run=-3')).toEqual(DEFAULT_EXPERIMENT_STATE);
    expect(decode('run=abc').run).toBeUndefined();
    expect(decode('run=1.5').run).toBeUndefined();
  });

  it('keeps the sort and its direction', () => {
    const state = decode('sort=hitRate&dir=desc');
    expect(state).toMatchObject({ sort: 'hitRate', dir: 'desc' });
    expect(experimentSearch(state)).toBe('?sort=hitRate&dir=desc');
  });

  it('reads thresholds as percentages and writes only those that differ', () => {
    const state = decode('hitPoor=2.5&hitGood=30&idxGood=80');
    expect(state.thresholds.hit.poor).toBeCloseTo(0.025);
    expect(state.thresholds.hit.good).toBeCloseTo(0.3);
    expect(state.thresholds.indexing).toEqual({
      poor: DEFAULT_THRESHOLDS.indexing.poor,
      good: 0.8,
    });
    expect(experimentSearch(state)).toBe('?hitPoor=2.5&hitGood=30&idxGood=80');
  });

  it('rejects thresholds outside 0–100 and swaps a poor limit above the good one', () => {
    expect(decode('hitPoor=150&hitGood=-1').thresholds.hit).toEqual(DEFAULT_THRESHOLDS.hit);
    expect(decode('hitPoor=x').thresholds.hit).toEqual(DEFAULT_THRESHOLDS.hit);
    const swapped = decode('idxPoor=90&idxGood=50').thresholds.indexing;
    expect(swapped.poor).toBeCloseTo(0.5);
    expect(swapped.good).toBeCloseTo(0.9);
  });
});

import type { RunTiming } from './experiment';
import type { MergedDatasetSummary } from './merged-dataset';
import { formatSI } from './units';

/**
 * A time-resolved series: an experiment's runs grouped by delay (laser → X-ray Δt, or the
 * reaction time of mix-and-inject), the dark runs as the reference, with the merged dataset of
 * each delay. Runs read through `runTiming`, so both event-chain encodings give the same groups.
 */

export type DelayGroupKind =
  /** No excitation while other runs are pumped or mixed: the dark reference. */
  | 'reference'
  /** No run of the experiment is excited: one static dataset. */
  | 'static'
  | 'pump-probe'
  | 'reaction'
  /** Runs whose timing the server does not give (no event chain) or could not be read. */
  | 'unknown';

export interface DelayGroup {
  /** Stable key: `dark`, `static`, `pump-probe:1e-4`, `reaction:0.05`, `unknown`. */
  key: string;
  kind: DelayGroupKind;
  /** s; only for `pump-probe` and `reaction`. */
  delayS: number | undefined;
  /** In run order, as given. A hit-and-return run is in the group of each of its delays. */
  runIds: number[];
}

export interface TimedRun {
  id: number;
  /** `undefined` while loading or when the chains could not be read. */
  timing: RunTiming | undefined;
}

/** Delays equal to 6 significant digits are one delay (offsets are floats written by hand). */
function delayKey(kind: 'pump-probe' | 'reaction', delayS: number): string {
  return `${kind}:${Number(delayS.toPrecision(6))}`;
}

const KIND_ORDER: Readonly<Record<DelayGroupKind, number>> = {
  reference: 0,
  static: 0,
  'pump-probe': 1,
  reaction: 2,
  unknown: 3,
};

/** Reference first, then delays ascending (pump–probe before reaction times), unknown last. */
function compareGroups(a: DelayGroup, b: DelayGroup): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.delayS ?? 0) - (b.delayS ?? 0);
}

export function groupRunsByDelay(runs: readonly TimedRun[]): DelayGroup[] {
  const excited = runs.some(
    (run) => run.timing?.kind === 'pump-probe' || run.timing?.kind === 'mixing',
  );
  const groups = new Map<string, DelayGroup>();
  const add = (key: string, kind: DelayGroupKind, delayS: number | undefined, id: number) => {
    const group = groups.get(key);
    if (group) {
      if (!group.runIds.includes(id)) group.runIds.push(id);
    } else groups.set(key, { key, kind, delayS, runIds: [id] });
  };
  for (const run of runs) {
    const timing = run.timing;
    if (!timing || timing.kind === 'no-chains') add('unknown', 'unknown', undefined, run.id);
    else if (timing.kind === 'dark') {
      if (excited) add('dark', 'reference', undefined, run.id);
      else add('static', 'static', undefined, run.id);
    } else {
      const kind = timing.kind === 'mixing' ? 'reaction' : 'pump-probe';
      // excited, but no probe follows the trigger: the delay is not known
      if (timing.delays.length === 0) add('unknown', 'unknown', undefined, run.id);
      for (const delay of timing.delays) add(delayKey(kind, delay), kind, delay, run.id);
    }
  }
  return [...groups.values()].sort(compareGroups);
}

/** "Dark (reference)", "No delay (static)", "100 µs", "50 ms after mixing", "Timing unknown" */
export function delayGroupLabel(group: Pick<DelayGroup, 'kind' | 'delayS'>): string {
  switch (group.kind) {
    case 'reference':
      return 'Dark (reference)';
    case 'static':
      return 'No delay (static)';
    case 'unknown':
      return 'Timing unknown';
    case 'pump-probe':
      return formatSI(group.delayS ?? 0, 's');
    case 'reaction':
      return `${formatSI(group.delayS ?? 0, 's')} after mixing`;
  }
}

/** A merge's delay in words; one without delay is the dark reference when its siblings have delays. */
export function mergeDelayLabel(
  merge: Pick<MergedDatasetSummary, 'delayS' | 'delayType'>,
  hasDelayedSiblings: boolean,
): string {
  if (merge.delayS === undefined) {
    return delayGroupLabel({
      kind: hasDelayedSiblings ? 'reference' : 'static',
      delayS: undefined,
    });
  }
  return delayGroupLabel({
    kind: merge.delayType === 'reaction' ? 'reaction' : 'pump-probe',
    delayS: merge.delayS,
  });
}

/** The group a merged dataset belongs to, from the delay the merge declares. */
export function mergeGroupKey(
  merge: Pick<MergedDatasetSummary, 'delayS' | 'delayType'>,
  groups: readonly DelayGroup[],
): string {
  if (merge.delayS === undefined) {
    return groups.some((g) => g.kind === 'reference') ? 'dark' : 'static';
  }
  return delayKey(merge.delayType === 'reaction' ? 'reaction' : 'pump-probe', merge.delayS);
}

export interface SeriesRow<M> {
  group: DelayGroup;
  /** Merged datasets of this delay (usually one). */
  merges: M[];
}

/**
 * One row per delay: the run groups, with each merge attached to its delay; a merge whose delay
 * no run has (runs hidden from this user, or timing not provided) gets a row of its own.
 */
export function seriesRows<M extends Pick<MergedDatasetSummary, 'delayS' | 'delayType'>>(
  groups: readonly DelayGroup[],
  merges: readonly M[],
): SeriesRow<M>[] {
  const rows = new Map<string, SeriesRow<M>>(
    groups.map((group) => [group.key, { group, merges: [] }]),
  );
  for (const merge of merges) {
    const key = mergeGroupKey(merge, groups);
    let row = rows.get(key);
    if (!row) {
      const kind: DelayGroupKind =
        merge.delayS === undefined
          ? key === 'dark'
            ? 'reference'
            : 'static'
          : merge.delayType === 'reaction'
            ? 'reaction'
            : 'pump-probe';
      row = { group: { key, kind, delayS: merge.delayS, runIds: [] }, merges: [] };
      rows.set(key, row);
    }
    row.merges.push(merge);
  }
  return [...rows.values()].sort((a, b) => compareGroups(a.group, b.group));
}

/** A series worth plotting against delay: at least two distinct known delays. */
export function hasDelays(groups: readonly Pick<DelayGroup, 'delayS'>[]): boolean {
  return new Set(groups.flatMap((g) => (g.delayS === undefined ? [] : [g.delayS]))).size >= 2;
}

import {
  delayGroupLabel,
  groupRunsByDelay,
  type DelayGroup,
  type TimedRun,
} from '../domain/delay-series';
import { runTiming } from '../domain/experiment';
import {
  ccStarFromCcHalf,
  combineShells,
  invD2,
  type MergeStatistics,
} from '../domain/merged-dataset';
import type { EventChain } from '../domain/timing';
import type { SsxMergeRow, SsxMergeStatisticsRow } from './dataset-merged.types';
import type { CellParameters, DataCollectionRow, DemoDataset } from './dataset.types';
import { CELLS, SPACE_GROUPS } from './dataset-samples';
import { addMinutes, parseIsoLocal, toIsoLocal } from './dates.util';
import { createRng, hashSeed, type Rng } from './random';

/**
 * Merged datasets of every SSX experiment: one per delay (the dark reference and each delay of a
 * series have their own), one for a static experiment. Built from the runs already in the
 * dataset, so it agrees with them: a merge's indexed patterns are its runs' indexed patterns
 * (a hit-and-return run's are split between its delays), and only processed runs go in.
 * Statistics follow real serial data: ⟨I/σ⟩ falls as exp(−B/d²), CC½ and completeness with it,
 * Rsplit rises; shells have equal reciprocal volume (CrystFEL's check_hkl), low to high resolution.
 */

const FIRST_MERGE_ID = 58_001;
const SHELLS = 15;
const PROGRAM = 'CrystFEL 0.11.1 (partialator)';
/** Average reflections a merged pattern contributes. */
const REFLECTIONS_PER_PATTERN = 280;

/** Symmetry operators of the point groups of the demo's space groups (Friedel pairs merged). */
const SYMMETRY_OPERATORS: Readonly<Record<string, number>> = {
  P43212: 8,
  P41212: 8,
  P63: 6,
  P6: 6,
  P21: 2,
  P212121: 4,
  P6122: 12,
};

function cellVolume([a, b, c, alpha, beta, gamma]: CellParameters): number {
  const rad = Math.PI / 180;
  const [ca, cb, cg] = [Math.cos(alpha * rad), Math.cos(beta * rad), Math.cos(gamma * rad)];
  return a * b * c * Math.sqrt(1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg);
}

/** Unique reflections between two resolutions: the reciprocal-space shell over the asymmetric unit. */
function possibleReflections(
  volume: number,
  operators: number,
  dMaxA: number,
  dMinA: number,
): number {
  const shell = (4 / 3) * Math.PI * (dMinA ** -3 - dMaxA ** -3);
  return Math.max(1, Math.round((volume * shell) / (2 * operators)));
}

/** Slurry crystals registered without a space group: the one of the known cell the runs indexed to. */
function spaceGroupOfCell(cell: CellParameters): string | null {
  const known = (Object.keys(CELLS) as (keyof typeof CELLS)[]).find((key) =>
    CELLS[key].every((value, i) => value === cell[i]),
  );
  return known ? SPACE_GROUPS[known] : null;
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

function chainsOf(data: DemoDataset, dataCollectionId: number): EventChain[] {
  const typeNames = new Map(data.eventTypes.map((t) => [t.eventTypeId, t.name]));
  return data.eventChains
    .filter((chain) => chain.dataCollectionId === dataCollectionId)
    .map((chain) => ({
      id: chain.eventChainId,
      dataCollectionId,
      name: chain.name ?? undefined,
      events: data.events
        .filter((event) => event.eventChainId === chain.eventChainId)
        .map((event) => ({
          id: event.eventId,
          type: typeNames.get(event.eventTypeId) ?? String(event.eventTypeId),
          name: event.name ?? undefined,
          offset: event.offset,
          duration: event.duration ?? undefined,
          period: event.period ?? undefined,
          repetition: event.repetition ?? undefined,
        }))
        .sort((a, b) => a.offset - b.offset),
    }));
}

interface Contribution {
  dataCollectionId: number;
  nbIndexed: number;
  nbMerged: number;
}

/** A run's indexed patterns shared between its delays: equal parts, the remainder to the last. */
function contributions(
  rng: Rng,
  group: DelayGroup,
  groups: readonly DelayGroup[],
  runs: readonly DataCollectionRow[],
  indexedOf: ReadonlyMap<number, number>,
): Contribution[] {
  return runs.flatMap((run) => {
    const indexed = indexedOf.get(run.dataCollectionId);
    if (indexed === undefined || !group.runIds.includes(run.dataCollectionId)) return [];
    const shares = groups.filter(
      (g) => g.kind !== 'unknown' && g.runIds.includes(run.dataCollectionId),
    );
    const part = Math.floor(indexed / shares.length);
    const last = shares.at(-1)?.key === group.key;
    const nbIndexed = last ? indexed - part * (shares.length - 1) : part;
    return [
      {
        dataCollectionId: run.dataCollectionId,
        nbIndexed,
        nbMerged: Math.round(nbIndexed * rng.float(0.9, 0.97)),
      },
    ];
  });
}

interface ShellModel {
  volume: number;
  operators: number;
  /** Å: where ⟨I/σ⟩ falls to 1 (about where CC½ crosses 0.3). */
  dTrueA: number;
  /** ⟨I/σ⟩ at the lowest resolution. */
  lowResIOverSigma: number;
  merged: number;
}

function buildShells(rng: Rng, model: ShellModel): MergeStatistics[] {
  const dMaxA = 35;
  // the table goes beyond the useful resolution, so there is something to cut
  const dMinA = round(model.dTrueA * 0.88, 2);
  const sMin = dMaxA ** -3;
  const sMax = dMinA ** -3;
  const limits = Array.from({ length: SHELLS + 1 }, (_, i) =>
    i === 0
      ? dMaxA
      : i === SHELLS
        ? dMinA
        : round((sMin + ((sMax - sMin) * i) / SHELLS) ** (-1 / 3), 3),
  );
  // ln(I/σ) = ln(I0) − k/d², with I/σ = 1 at dTrue
  const k = Math.log(model.lowResIOverSigma) / invD2(model.dTrueA);
  const outer = invD2(dMinA);
  const draft = limits.slice(0, -1).map((low, i) => {
    const high = limits[i + 1] ?? dMinA;
    const s2 = (invD2(low) + invD2(high)) / 2;
    const t = s2 / outer;
    const iOverSigma = Math.max(
      0.05,
      model.lowResIOverSigma * Math.exp(-k * s2) * (1 + rng.normal(0, 0.03)),
    );
    const possible = possibleReflections(model.volume, model.operators, low, high);
    const completeness = Math.min(100, 100 * (1 - 0.28 * t ** 4) + rng.normal(0, 0.3));
    const ccHalf = Math.min(
      0.999,
      Math.max(-0.05, (iOverSigma ** 2 / (iOverSigma ** 2 + 2.5)) * (1 + rng.normal(0, 0.02))),
    );
    return {
      dMaxA: low,
      dMinA: high,
      unique: Math.round((possible * completeness) / 100),
      completenessPct: round(completeness, 1),
      // partial reflections thin out at high resolution
      multiplicityShape: 1 - 0.55 * t,
      meanIOverSigma: round(iOverSigma, 2),
      ccHalf: round(ccHalf, 3),
      rSplitPct: round(Math.min(150, (80 / iOverSigma) * (1 + rng.normal(0, 0.03))), 1),
    };
  });
  const target = model.merged * REFLECTIONS_PER_PATTERN;
  const weight = draft.reduce((sum, s) => sum + s.unique * s.multiplicityShape, 0);
  return draft.map(({ multiplicityShape, ...shell }) => {
    const reflections = Math.round((target * shell.unique * multiplicityShape) / weight);
    return {
      ...shell,
      reflections,
      multiplicity: round(reflections / Math.max(1, shell.unique), 1),
      ccStar: round(ccStarFromCcHalf(shell.ccHalf), 3),
    };
  });
}

function toRow(stats: MergeStatistics): SsxMergeStatisticsRow {
  return {
    resolutionLimitLow: round(stats.dMaxA, 3),
    resolutionLimitHigh: round(stats.dMinA, 3),
    nTotalObservations: stats.reflections,
    nTotalUniqueObservations: stats.unique,
    completeness: round(stats.completenessPct, 1),
    multiplicity: round(stats.multiplicity, 1),
    meanIOverSigI: round(stats.meanIOverSigma, 2),
    ccHalf: round(stats.ccHalf, 3),
    ccStar: round(stats.ccStar, 3),
    rSplit: round(stats.rSplitPct, 1),
  };
}

function mergeName(acronym: string, group: DelayGroup): string {
  switch (group.kind) {
    case 'reference':
      return `${acronym} dark`;
    case 'static':
      return `${acronym} all runs`;
    default:
      return `${acronym} ${delayGroupLabel(group)}`;
  }
}

export function buildMergedDatasets(data: DemoDataset): SsxMergeRow[] {
  const merges: SsxMergeRow[] = [];
  const processing = new Map(data.ssxProcessing.map((row) => [row.dataCollectionId, row]));
  const groups = [...data.dataCollectionGroups]
    .filter((g) => g.experimentType.startsWith('SSX'))
    .sort((a, b) => a.dataCollectionGroupId - b.dataCollectionGroupId);

  for (const dcg of groups) {
    const rng = createRng(hashSeed(data.seed, 'merges', dcg.dataCollectionGroupId));
    const runs = data.dataCollections
      .filter((dc) => dc.dataCollectionGroupId === dcg.dataCollectionGroupId)
      .sort((a, b) => a.dataCollectionId - b.dataCollectionId);
    const timed: TimedRun[] = runs.map((run) => ({
      id: run.dataCollectionId,
      timing: runTiming(chainsOf(data, run.dataCollectionId)),
    }));
    const delayGroups = groupRunsByDelay(timed);
    const indexedOf = new Map(
      runs.flatMap((run) => {
        const stats = processing.get(run.dataCollectionId);
        return stats ? [[run.dataCollectionId, stats.nbIndexed] as const] : [];
      }),
    );
    const sample = data.samples.find((s) => s.blSampleId === dcg.blSampleId);
    const crystal = data.crystals.find((c) => c.crystalId === sample?.crystalId);
    const protein = data.proteins.find((p) => p.proteinId === crystal?.proteinId);

    for (const group of delayGroups) {
      if (group.kind === 'unknown') continue;
      const parts = contributions(rng, group, delayGroups, runs, indexedOf);
      if (parts.length === 0) continue;
      const stats = parts
        .map((p) => processing.get(p.dataCollectionId))
        .filter((s) => s !== undefined);
      const cell = stats[0]?.cells.mean ?? null;
      const spaceGroup = crystal?.spaceGroup ?? (cell ? spaceGroupOfCell(cell) : null);
      const merged = parts.reduce((sum, p) => sum + p.nbMerged, 0);
      const meanResolution =
        stats.reduce((sum, s) => sum + s.estimatedResolution, 0) / Math.max(1, stats.length);
      // more patterns reach further: ~3 % per decade beyond 10⁴
      const dTrueA = meanResolution * (1 - 0.03 * Math.log10(Math.max(1, merged / 10_000)));
      const shells = cell
        ? buildShells(rng, {
            volume: cellVolume(cell),
            operators: SYMMETRY_OPERATORS[spaceGroup ?? ''] ?? 1,
            dTrueA,
            lowResIOverSigma: Math.min(60, Math.max(8, 14 * (merged / 20_000) ** 0.35)),
            merged,
          })
        : [];
      const overall = combineShells(shells);
      const finished = runs
        .filter((run) => parts.some((p) => p.dataCollectionId === run.dataCollectionId))
        .map((run) => parseIsoLocal(run.endTime).getTime());
      const recorded = new Date(
        Math.min(
          addMinutes(new Date(Math.max(...finished)), 25).getTime(),
          parseIsoLocal(data.generatedAt).getTime(),
        ),
      );
      merges.push({
        ssxMergeId: FIRST_MERGE_ID + merges.length,
        dataCollectionGroupId: dcg.dataCollectionGroupId,
        name: mergeName(protein?.acronym ?? 'Merge', group),
        program: PROGRAM,
        processingStatus: 1,
        processingMessage: `${parts.length} run${parts.length === 1 ? '' : 's'}, ${merged} patterns merged`,
        recordTimeStamp: toIsoLocal(recorded),
        delay: group.delayS ?? null,
        delayType:
          group.kind === 'pump-probe' ? 'pumpProbe' : group.kind === 'reaction' ? 'reaction' : null,
        spaceGroup,
        cell,
        runs: parts,
        overall: overall ? toRow(overall) : null,
        shells: shells.map(toRow),
      });
    }
  }
  return merges;
}

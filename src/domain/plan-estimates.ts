/**
 * How many images, how much beam time and how much slurry a plan needs, with the formula in
 * words so a scientist can check it:
 *
 *   images per run  = ⌈ indexed wanted ÷ (hit rate × indexing rate) ⌉
 *   beam time       = images × frame period (1 ÷ repetition rate)
 *   slurry, chip    = ⌈ images ÷ positions shot per chip ⌉ chips × slurry per chip
 *   slurry, jet     = π (d/2)² × speed × beam time        (the stream's volume flow)
 *   slurry, tape    = images × drop volume
 */
import { chipLayoutFor, parseChipPattern, patternPositions } from './chip-layout';
import { framePeriod, planRuns, type Plan, type PlanDevice } from './plan';
import { formatSeconds } from './timing-format';
import { formatCount, formatSI } from './units';

export interface RunEstimate {
  key: string;
  label: string;
  images: number;
  /** s */
  beamTimeS: number | undefined;
  /** µL */
  slurryUl: number | undefined;
  /** Chips to load (chip devices only). */
  chips: number | undefined;
}

export interface PlanEstimate {
  runs: RunEstimate[];
  total: Omit<RunEstimate, 'key' | 'label'>;
  /** The formulas with this plan's numbers, one line each. */
  formula: string[];
  /** What could not be estimated, and why. */
  missing: string[];
}

export type EstimateResult =
  { kind: 'ok'; estimate: PlanEstimate } | { kind: 'incomplete'; missing: string[] };

const pct = (v: number) => `${Number((v * 100).toPrecision(3))} %`;

/** µL per s flowing through a stream of diameter `sizeUm` at `speedMs`. */
export function streamFlowUlPerS(sizeUm: number, speedMs: number): number {
  const radiusM = (sizeUm * 1e-6) / 2;
  // m³/s → µL/s: 1 m³ = 10⁹ µL
  return Math.PI * radiusM * radiusM * speedMs * 1e9;
}

/** Positions a chip offers to one run: the apertures its pattern covers. */
export function chipPositionsShot(
  device: Extract<PlanDevice, { kind: 'chip' }>,
): number | undefined {
  const match = chipLayoutFor(device.model);
  if (match.kind === 'unknown') return undefined;
  return patternPositions(parseChipPattern(device.pattern, match.layout), match.layout);
}

interface Slurry {
  perRun: (
    images: number,
    beamTimeS: number | undefined,
  ) => { slurryUl: number | undefined; chips: number | undefined };
  formula: (images: number, beamTimeS: number | undefined) => string | undefined;
  missing: string | undefined;
}

function slurryModel(device: PlanDevice): Slurry {
  const none = (missing: string): Slurry => ({
    perRun: () => ({ slurryUl: undefined, chips: undefined }),
    formula: () => undefined,
    missing,
  });
  switch (device.kind) {
    case 'chip': {
      const positions = chipPositionsShot(device);
      const perChip = device.slurryPerChipUl;
      if (positions === undefined || positions < 1) {
        return none(
          'Slurry: the positions the chip pattern covers are unknown (model or pattern).',
        );
      }
      if (perChip === undefined || !(perChip > 0)) return none('Slurry: set the slurry per chip.');
      const chips = (images: number) => Math.ceil(images / positions);
      return {
        perRun: (images) => ({ slurryUl: chips(images) * perChip, chips: chips(images) }),
        formula: (images) =>
          `slurry per run = ⌈${formatCount(images)} ÷ ${formatCount(positions)} positions⌉ = ${formatCount(chips(images))} chips × ${perChip} µL = ${formatCount(chips(images) * perChip)} µL`,
        missing: undefined,
      };
    }
    case 'liquid-jet':
    case 'viscous-injector': {
      const { sizeUm, speedMs } = device;
      if (sizeUm === undefined || speedMs === undefined || !(sizeUm > 0 && speedMs > 0)) {
        return none('Slurry: set the stream diameter and speed.');
      }
      const flow = streamFlowUlPerS(sizeUm, speedMs);
      return {
        perRun: (_images, beamTimeS) => ({
          slurryUl: beamTimeS === undefined ? undefined : flow * beamTimeS,
          chips: undefined,
        }),
        formula: (_images, beamTimeS) =>
          beamTimeS === undefined
            ? undefined
            : `slurry per run = π × (${sizeUm} µm ÷ 2)² × ${formatSI(speedMs, 'm/s')} = ${formatSI(flow * 1e-6, 'L/s')} × ${formatSeconds(beamTimeS)} = ${formatSI(flow * beamTimeS * 1e-6, 'L')}`,
        missing: undefined,
      };
    }
    case 'tape': {
      const drop = device.dropVolumeNl;
      if (drop === undefined || !(drop > 0)) return none('Slurry: set the drop volume.');
      return {
        perRun: (images) => ({ slurryUl: (images * drop) / 1000, chips: undefined }),
        formula: (images) =>
          `slurry per run = ${formatCount(images)} drops × ${drop} nL = ${formatSI(images * drop * 1e-9, 'L')}`,
        missing: undefined,
      };
    }
  }
}

/** The estimate of a plan; `incomplete` (with the reasons) when the targets are not usable. */
export function estimatePlan(plan: Plan): EstimateResult {
  const { indexedPerDelay: target, hitRate, indexingRate } = plan.targets;
  const missing: string[] = [];
  if (target === undefined || !(target >= 1))
    missing.push('Set how many indexed patterns each delay needs.');
  if (hitRate === undefined || !(hitRate > 0 && hitRate <= 1))
    missing.push('Set a hit rate above 0 %.');
  if (indexingRate === undefined || !(indexingRate > 0 && indexingRate <= 1)) {
    missing.push('Set an indexing rate above 0 %.');
  }
  if (
    target === undefined ||
    hitRate === undefined ||
    indexingRate === undefined ||
    missing.length
  ) {
    return { kind: 'incomplete', missing };
  }

  const images = Math.ceil(target / (hitRate * indexingRate) - 1e-9);
  const frame = framePeriod(plan.events);
  const beamTimeS = frame === undefined ? undefined : images * frame;
  const slurry = slurryModel(plan.device);
  const perRun = slurry.perRun(images, beamTimeS);
  const runs = planRuns(plan, formatSeconds).map((run): RunEstimate => ({
    key: run.key,
    label: run.label,
    images,
    beamTimeS,
    ...perRun,
  }));
  const n = runs.length;
  const times = (v: number | undefined) => (v === undefined ? undefined : v * n);

  const formula = [
    `images per run = ⌈${formatCount(target)} ÷ (${pct(hitRate)} × ${pct(indexingRate)})⌉ = ${formatCount(images)}`,
  ];
  if (frame !== undefined && beamTimeS !== undefined) {
    formula.push(
      `beam time per run = ${formatCount(images)} × ${formatSeconds(frame)} (${formatSI(1 / frame, 'Hz')}) = ${formatSeconds(beamTimeS)}`,
    );
  } else {
    missing.push('Beam time: give the X-ray exposure a period and a repetition (the frame rate).');
  }
  const slurryLine = slurry.formula(images, beamTimeS);
  if (slurryLine) formula.push(slurryLine);
  if (slurry.missing) missing.push(slurry.missing);
  formula.push(`total = ${n} ${n === 1 ? 'run' : 'runs'} × the figures per run`);

  return {
    kind: 'ok',
    estimate: {
      runs,
      total: {
        images: images * n,
        beamTimeS: times(beamTimeS),
        slurryUl: times(perRun.slurryUl),
        chips: times(perRun.chips),
      },
      formula,
      missing,
    },
  };
}

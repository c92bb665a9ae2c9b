import {
  eventTypeLabel,
  isDark,
  laneTypes,
  normalizeChain,
  pumpProbeDelays,
  reactionTime,
  type DelayPair,
  type EventChain,
  type EventType,
} from '../../domain/timing';
import { describeDelays, formatSeconds } from '../../domain/timing-format';

/** One lane: the occurrences of one event type of its group's chain. */
export interface SceneRow {
  type: EventType;
  label: string;
  /** Written in the lane when the chain has no event of this type (a dark run's laser lane). */
  emptyText?: string;
}

export interface SceneAnnotation {
  pair: DelayPair;
  /** "Δt 1 ms", "reaction 50 ms" */
  label: string;
}

/** A chain drawn as a block of lanes under its title, its delays bracketed below them. */
export interface SceneGroup {
  key: string;
  title: string;
  subtitle: string;
  /** Normalised: separate equally spaced pulses merged, so a frame visits few events. */
  chain: EventChain;
  rows: SceneRow[];
  annotations: SceneAnnotation[];
}

export interface TimingScene {
  groups: SceneGroup[];
}

/** Brackets drawn per group; HARE with more delays lists the rest in the subtitle. */
const MAX_ANNOTATIONS = 6;

function annotationsOf(chain: EventChain): SceneAnnotation[] {
  const pairs: DelayPair[] = pumpProbeDelays(chain);
  const reaction = reactionTime(chain);
  if (reaction) pairs.push(reaction);
  return pairs.slice(0, MAX_ANNOTATIONS).map((pair) => ({
    pair,
    label: `${pair.kind === 'reaction' ? 'reaction' : 'Δt'} ${formatSeconds(pair.delay)}`,
  }));
}

function chainTitle(chain: EventChain, index: number): string {
  return chain.name?.trim() || `Event chain ${chain.id ?? index + 1}`;
}

/** One group per chain, one lane per event type present (known types first). */
export function sceneForChains(chains: readonly EventChain[]): TimingScene {
  return {
    groups: chains.map((chain, index) => {
      const normalized = normalizeChain(chain);
      return {
        key: `chain-${chain.id ?? 'x'}-${index}`,
        title: chainTitle(chain, index),
        subtitle: describeDelays(chain),
        chain: normalized,
        rows: laneTypes(normalized.events).map((type) => {
          const ofType = chain.events.filter((e) => e.type === type);
          // ids from a server without type names are a guess (see eventchains.mapper)
          const inferred = ofType.length > 0 && ofType.every((e) => e.typeInferred);
          return { type, label: `${eventTypeLabel(type)}${inferred ? ' (inferred)' : ''}` };
        }),
        annotations: annotationsOf(chain),
      };
    }),
  };
}

export interface ComparisonRun {
  label: string;
  chains: EventChain[];
}

/** "#1 dark" → "#1 dark (no laser)"; "run 3" → "run 3 · dark (no laser)". */
export function runTitle(run: ComparisonRun): string {
  if (!isDark(run.chains)) return run.label;
  return /dark/i.test(run.label) ? `${run.label} (no laser)` : `${run.label} · dark (no laser)`;
}

/**
 * One group per run with the same two or three lanes in every group (excitation, then X-ray),
 * so the eye can follow the probe moving away from the pump down a delay series.
 */
export function sceneForRuns(runs: readonly ComparisonRun[]): TimingScene {
  const merged = runs.map((run, index): EventChain => ({
    id: run.chains[0]?.id ?? index,
    dataCollectionId: run.chains[0]?.dataCollectionId ?? index,
    name: run.label,
    events: run.chains.flatMap((c) => c.events),
  }));
  const all = merged.flatMap((c) => c.events);
  const has = (type: EventType) => all.some((e) => e.type === type);
  const rows: SceneRow[] = [];
  if (has('LaserExcitation') || !has('ReactionTrigger')) {
    rows.push({ type: 'LaserExcitation', label: 'Laser', emptyText: 'no laser' });
  }
  if (has('ReactionTrigger')) {
    rows.push({ type: 'ReactionTrigger', label: 'Reaction trigger', emptyText: 'no trigger' });
  }
  return {
    groups: merged.map((chain, index) => {
      const run = runs[index] as ComparisonRun;
      const probe = chain.events.some((e) => e.type === 'XrayExposure')
        ? 'XrayExposure'
        : 'XrayDetection';
      return {
        key: `run-${index}`,
        title: runTitle(run),
        subtitle: isDark(run.chains) ? '' : describeDelays(chain),
        chain: normalizeChain(chain),
        rows: [...rows, { type: probe, label: 'X-ray', emptyText: 'no X-ray event' }],
        annotations: annotationsOf(chain),
      };
    }),
  };
}

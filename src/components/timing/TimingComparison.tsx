import { useMemo } from 'react';
import type { EventChain, TimeWindow } from '../../domain/timing';
import { describeDelays } from '../../domain/timing-format';
import { firstCycleWindow, wholePatternWindow } from '../../domain/timing-view';
import { safeFileName } from '../../lib/download';
import { EmptyState } from '../EmptyState';
import { TimingComparisonTable } from './TimingComparisonTable';
import { TimingPanel } from './TimingPanel';
import { runTitle, sceneForRuns, type ComparisonRun } from './timing-scene';

export interface TimingComparisonProps {
  /** The runs of a delay series in display order, each with its event chains. */
  runs: ComparisonRun[];
  title?: string;
  height?: number;
  window?: TimeWindow;
  onWindowChange?: (window: TimeWindow) => void;
}

function seriesSummary(runs: readonly ComparisonRun[]): string {
  const parts = runs.map((run) => {
    const delays = run.chains.map(describeDelays).filter(Boolean).join('; ');
    const title = runTitle(run);
    return delays && !delays.startsWith('dark') ? `${title}: ${delays}` : title;
  });
  return `Delay series of ${runs.length} runs: ${parts.join('; ')}`;
}

/**
 * The runs of a delay series stacked on one time axis, one group per run with the same lanes
 * (excitation, X-ray) and the delay bracketed, so the probe is seen moving away from the pump
 * from run to run. A dark run reads "dark (no laser)".
 */
export function TimingComparison({
  runs,
  title,
  height,
  window,
  onWindowChange,
}: TimingComparisonProps) {
  const scene = useMemo(() => sceneForRuns(runs), [runs]);
  const chains = useMemo((): EventChain[] => runs.flatMap((r) => r.chains), [runs]);
  const home = useMemo(() => firstCycleWindow(chains), [chains]);
  const bounds = useMemo(() => wholePatternWindow(chains), [chains]);
  const summary = useMemo(() => seriesSummary(runs), [runs]);

  if (runs.length === 0 || chains.every((c) => c.events.length === 0)) {
    return (
      <EmptyState title="No timing patterns">
        None of these runs has timing events (an event chain) recorded.
      </EmptyState>
    );
  }
  return (
    <TimingPanel
      scene={scene}
      summary={summary}
      home={home}
      bounds={bounds}
      title={title}
      fileName={safeFileName('timing', title ?? 'delay-series')}
      height={height}
      window={window}
      onWindowChange={onWindowChange}
      table={<TimingComparisonTable runs={runs} />}
    />
  );
}

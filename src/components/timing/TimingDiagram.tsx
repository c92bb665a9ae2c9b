import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { EventChain, TimeWindow } from '../../domain/timing';
import { describeChains } from '../../domain/timing-format';
import { validateChain } from '../../domain/timing-validate';
import { firstCycleWindow, wholePatternWindow } from '../../domain/timing-view';
import { safeFileName } from '../../lib/download';
import { EmptyState } from '../EmptyState';
import { TimingPanel } from './TimingPanel';
import { TimingTable } from './TimingTable';
import { sceneForChains } from './timing-scene';

export interface TimingDiagramProps {
  /** The event chains of one run; each is drawn as its own group of lanes. */
  chains: EventChain[];
  title?: string;
  /** Canvas height in px; lanes stretch to fill it. Default: as tall as the lanes need. */
  height?: number;
  /** Controlled zoom window in s (e.g. from the URL); the diagram opens on the first cycle. */
  window?: TimeWindow;
  /** Called when a zoom or pan gesture settles. */
  onWindowChange?: (window: TimeWindow) => void;
}

/** Problems listed before "and N more": a broken chain of 10⁴ events should not fill the page. */
const MAX_PROBLEMS = 8;

/**
 * The timing pattern of a run: one lane per event type on a shared, zoomable time axis, the
 * pump–probe delay and reaction time bracketed, with a table alternative and PNG/SVG export.
 */
export function TimingDiagram({
  chains,
  title,
  height,
  window,
  onWindowChange,
}: TimingDiagramProps) {
  const scene = useMemo(() => sceneForChains(chains), [chains]);
  const home = useMemo(() => firstCycleWindow(chains), [chains]);
  const bounds = useMemo(() => wholePatternWindow(chains), [chains]);
  const problems = useMemo(() => chains.flatMap(validateChain), [chains]);
  const summary = useMemo(() => describeChains(chains), [chains]);

  if (chains.every((c) => c.events.length === 0)) {
    return (
      <EmptyState title="No timing pattern">
        No timing events (event chain) are recorded for this run.
      </EmptyState>
    );
  }
  const errors = problems.filter((p) => p.severity === 'error');
  return (
    <TimingPanel
      scene={scene}
      summary={summary}
      home={home}
      bounds={bounds}
      title={title}
      fileName={safeFileName('timing', title ?? chains[0]?.name ?? 'pattern')}
      height={height}
      window={window}
      onWindowChange={onWindowChange}
      table={<TimingTable chains={chains} />}
    >
      {problems.length > 0 && (
        <Alert
          color={errors.length > 0 ? 'red' : 'yellow'}
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={
            errors.length > 0
              ? 'Some timing values cannot be drawn as recorded'
              : 'Some timing values look unusual'
          }
        >
          <List size="sm">
            {problems.slice(0, MAX_PROBLEMS).map((p, i) => (
              <List.Item key={i}>{p.message}</List.Item>
            ))}
            {problems.length > MAX_PROBLEMS && (
              <List.Item>and {problems.length - MAX_PROBLEMS} more</List.Item>
            )}
          </List>
        </Alert>
      )}
    </TimingPanel>
  );
}

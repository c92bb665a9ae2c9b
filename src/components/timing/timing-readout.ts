import type { TimeWindow } from '../../domain/timing';
import { describeHit, eventAt } from '../../domain/timing-hit';
import type { SceneLayout } from './timing-draw';
import type { TimingScene } from './timing-scene';

/** Pixels around the pointer that still count as "on" an event: a 8 ns pulse is 1.5 px wide. */
const HIT_SLOP_PX = 3;

/** The event under the pointer, described, for the window it was found in. */
export interface Readout {
  x: number;
  y: number;
  lines: string[];
  window: TimeWindow;
}

/** The readout for a point of the canvas (CSS px from its top left), if an event is there. */
export function readoutAt(
  scene: TimingScene,
  layout: SceneLayout,
  view: TimeWindow,
  x: number,
  y: number,
): Readout | undefined {
  const { plotLeft, plotRight, plotWidth } = layout;
  if (x < plotLeft || x > plotRight || plotWidth <= 0) return undefined;
  const span = view.end - view.start;
  const t = view.start + ((x - plotLeft) / plotWidth) * span;
  const slop = (HIT_SLOP_PX / plotWidth) * span;
  for (const [gi, group] of scene.groups.entries()) {
    const rows = layout.groups[gi]?.rows ?? [];
    for (const [ri, row] of group.rows.entries()) {
      const r = rows[ri];
      if (!r || y < r.top || y > r.top + r.height) continue;
      const hit = eventAt(group.chain, row.type, t, slop);
      return hit ? { x, y, lines: describeHit(hit), window: view } : undefined;
    }
  }
  return undefined;
}

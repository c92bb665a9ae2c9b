import type { TimeWindow } from '../../domain/timing';
import { expandInWindow, type LaneExpansion } from '../../domain/timing-expand';
import { niceTimeTicks } from '../../domain/timing-ticks';
import { laneColor, type TimingPalette } from './timing-palette';
import type { SceneGroup, TimingScene } from './timing-scene';

/** Drawing primitives in CSS pixels: painted on the canvas and serialised to SVG alike. */
export type Primitive =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; opacity: number }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash: boolean;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      fill: string;
      align: 'left' | 'center' | 'right';
      bold: boolean;
      size: number;
    };

/** Text width in CSS px; the canvas measures, SVG export and tests estimate. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

export const estimateTextWidth: MeasureText = (text, size, bold) =>
  text.length * size * (bold ? 0.62 : 0.56);

export const FONT_SIZE = 12;
const PAD = 8;
const TITLE_H = 22;
const LANE_H = 20;
const LANE_GAP = 4;
const ANNOTATION_H = 18;
const GROUP_GAP = 12;
const AXIS_H = 26;
const AXIS_GAP = 4;
/** Narrowest bar: a 8 ns pulse in a 1 s window still shows. */
const MIN_BAR_PX = 1.5;
const INSTANT_PX = 3;
/** Neighbouring buckets whose shades differ less than this are drawn as one rect. */
const SHADE_TOLERANCE = 0.08;

export interface RowLayout {
  top: number;
  height: number;
  /** Where the lane's label is written when labels sit above the lanes (narrow canvases). */
  labelY?: number;
}

export interface GroupLayout {
  top: number;
  titleY: number;
  rows: RowLayout[];
  annotationYs: number[];
  bottom: number;
}

export interface SceneLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** Pixel width of the plot: also the bucket count of aggregated lanes. */
  plotWidth: number;
  axisY: number;
  groups: GroupLayout[];
  /**
   * Lane labels on their own line above each lane instead of in a left gutter: a narrow canvas
   * (a phone) keeps both whole labels and a usable plot width.
   */
  labelsAbove: boolean;
}

/** Height of a lane label's own line (narrow canvases). */
const ROW_LABEL_H = 15;
/** Space between a gutter label and the plot. */
const LABEL_GAP = 8;
/** A gutter wider than this share of the canvas leaves too little plot: labels go above. */
const MAX_GUTTER_SHARE = 0.4;

function stack(scene: TimingScene, laneHeight: number, plotTop: number, labelsAbove: boolean) {
  let y = plotTop;
  const groups = scene.groups.map((g): GroupLayout => {
    const top = y;
    const titleY = y + TITLE_H / 2;
    y += TITLE_H;
    const rows = g.rows.map((): RowLayout => {
      if (!labelsAbove) {
        const row = { top: y, height: laneHeight };
        y += laneHeight + LANE_GAP;
        return row;
      }
      const row = { top: y + ROW_LABEL_H, height: laneHeight, labelY: y + ROW_LABEL_H / 2 };
      y += ROW_LABEL_H + laneHeight + LANE_GAP;
      return row;
    });
    const annotationYs = g.annotations.map(() => {
      const a = y + ANNOTATION_H / 2;
      y += ANNOTATION_H;
      return a;
    });
    const bottom = y;
    y += GROUP_GAP;
    return { top, titleY, rows, annotationYs, bottom };
  });
  return { groups, end: y - (scene.groups.length > 0 ? GROUP_GAP : 0) };
}

/**
 * Where everything goes for a canvas `width` px wide. The left gutter is wide enough for the
 * longest lane label (measured with `measure`; the estimate errs wide), so labels are never
 * cut; when that would take more than 40 % of the canvas, labels go above their lanes and
 * the plot takes the whole width. Without `height` the drawing takes its natural height; with
 * it, lanes stretch or shrink (8–48 px) to fill it.
 */
export function layoutScene(
  scene: TimingScene,
  width: number,
  height?: number,
  measure: MeasureText = estimateTextWidth,
): SceneLayout {
  const longest = Math.max(
    0,
    ...scene.groups.flatMap((g) => g.rows.map((r) => measure(r.label, FONT_SIZE, false))),
  );
  const needed = Math.ceil(longest + PAD + LABEL_GAP);
  const preferred = Math.round(Math.min(170, Math.max(90, width * 0.22)));
  const labelsAbove = needed > Math.max(preferred, width * MAX_GUTTER_SHARE);
  const plotLeft = labelsAbove ? PAD : Math.max(preferred, needed);
  const plotRight = Math.max(plotLeft + 1, width - PAD * 2);
  let laneHeight = LANE_H;
  const lanes = scene.groups.reduce((n, g) => n + g.rows.length, 0);
  if (height !== undefined && lanes > 0) {
    const natural = stack(scene, LANE_H, PAD, labelsAbove).end + AXIS_GAP + AXIS_H;
    laneHeight = Math.min(48, Math.max(8, LANE_H + (height - natural) / lanes));
  }
  const { groups, end } = stack(scene, laneHeight, PAD, labelsAbove);
  const axisY = end + AXIS_GAP;
  return {
    width,
    height: height ?? axisY + AXIS_H,
    plotLeft,
    plotRight,
    plotWidth: plotRight - plotLeft,
    axisY,
    groups,
    labelsAbove,
  };
}

function truncate(
  text: string,
  maxWidth: number,
  size: number,
  bold: boolean,
  measure: MeasureText,
) {
  if (measure(text, size, bold) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid)}…`, size, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? `${text.slice(0, lo)}…` : '';
}

/** Bucket shade: present at all → 0.3, fully covered → 1. */
function shade(duty: number, hits: number): number {
  return hits === 0 ? 0 : 0.3 + 0.7 * Math.min(1, duty);
}

export interface DrawInput {
  scene: TimingScene;
  layout: SceneLayout;
  window: TimeWindow;
  palette: TimingPalette;
  measure: MeasureText;
}

export interface DrawOutput {
  primitives: Primitive[];
  /** True when some lane shows density rather than single pulses. */
  aggregated: boolean;
}

/**
 * The current view as primitives. Cost is bounded by pixels, not pulses: each group's chain is
 * expanded in the window with at most one bar per pixel (`expandInWindow`), and aggregated
 * buckets of equal shade merge into one rect.
 */
export function drawScene({ scene, layout, window, palette, measure }: DrawInput): DrawOutput {
  const out: Primitive[] = [];
  const { width, height, plotLeft, plotRight, plotWidth, axisY } = layout;
  const span = window.end - window.start;
  const scale = plotWidth / span;
  // Far-off times become huge pixel values: keep them just outside the plot.
  const toX = (t: number) =>
    Math.min(plotRight + 20, Math.max(plotLeft - 20, plotLeft + (t - window.start) * scale));
  const text = (
    x: number,
    y: number,
    value: string,
    fill: string,
    align: 'left' | 'center' | 'right' = 'left',
    bold = false,
  ) => {
    if (value) out.push({ kind: 'text', x, y, text: value, fill, align, bold, size: FONT_SIZE });
  };
  let aggregated = false;

  out.push({ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: palette.background, opacity: 1 });

  const ticks = niceTimeTicks(window.start, window.end, Math.max(2, Math.floor(plotWidth / 100)));
  let labelsEnd = -Infinity;
  const plotTop = layout.groups[0]?.top ?? axisY;
  for (const tick of ticks) {
    const x = toX(tick.value);
    out.push({
      kind: 'line',
      x1: x,
      y1: plotTop,
      x2: x,
      y2: axisY,
      stroke: palette.grid,
      width: 1,
      dash: false,
    });
  }

  scene.groups.forEach((group, gi) => {
    const g = layout.groups[gi];
    if (!g) return;
    drawGroup(group, g);
  });

  out.push({
    kind: 'line',
    x1: plotLeft,
    y1: axisY,
    x2: plotRight,
    y2: axisY,
    stroke: palette.axis,
    width: 1,
    dash: false,
  });
  for (const tick of ticks) {
    const x = toX(tick.value);
    out.push({
      kind: 'line',
      x1: x,
      y1: axisY,
      x2: x,
      y2: axisY + 4,
      stroke: palette.axis,
      width: 1,
      dash: false,
    });
    const w = measure(tick.label, FONT_SIZE, false);
    const cx = Math.min(width - w / 2 - 2, Math.max(w / 2 + 2, x));
    // A long label (the absolute time deep into a pattern) hides the next ones, not overlaps them.
    if (cx - w / 2 < labelsEnd + 8) continue;
    text(cx, axisY + 14, tick.label, palette.text, 'center');
    labelsEnd = cx + w / 2;
  }
  return { primitives: out, aggregated };

  function drawGroup(group: SceneGroup, g: GroupLayout) {
    const title = truncate(group.title, width - 2 * PAD, FONT_SIZE, true, measure);
    text(PAD, g.titleY, title, palette.text, 'left', true);
    const titleWidth = measure(title, FONT_SIZE, true);
    if (group.subtitle && title === group.title) {
      const x = PAD + titleWidth + 12;
      text(
        x,
        g.titleY,
        truncate(group.subtitle, width - PAD - x, FONT_SIZE, false, measure),
        palette.dimmed,
      );
    }

    const expansion = expandInWindow(group.chain, window, plotWidth);
    group.rows.forEach((row, ri) => {
      const r = g.rows[ri];
      if (!r) return;
      const mid = r.top + r.height / 2;
      if (r.labelY !== undefined) {
        // only a label wider than the whole canvas (an unknown type's long name) is cut
        text(
          PAD,
          r.labelY,
          truncate(row.label, width - 2 * PAD, FONT_SIZE, false, measure),
          palette.text,
        );
      } else {
        text(
          plotLeft - LABEL_GAP,
          mid,
          truncate(row.label, plotLeft - PAD - LABEL_GAP, FONT_SIZE, false, measure),
          palette.text,
          'right',
        );
      }
      out.push({
        kind: 'rect',
        x: plotLeft,
        y: r.top,
        w: plotWidth,
        h: r.height,
        fill: palette.track,
        opacity: 1,
      });
      const lane = expansion.lanes.find((l) => l.type === row.type);
      if (!lane) {
        if (row.emptyText) text(plotLeft + 6, mid, row.emptyText, palette.dimmed);
        return;
      }
      drawLane(lane, r, laneColor(palette, row.type));
    });

    group.annotations.forEach((a, ai) => {
      const y = g.annotationYs[ai];
      if (y === undefined) return;
      const raw0 = plotLeft + (a.pair.fromTime - window.start) * scale;
      const raw1 = plotLeft + (a.pair.toTime - window.start) * scale;
      const label = a.label;
      const w = measure(label, FONT_SIZE, false);
      if (raw1 < plotLeft || raw0 > plotRight) {
        // The bracket is out of view: say where it is rather than drop it.
        if (raw1 < plotLeft) text(plotLeft + 2, y, `◀ ${label}`, palette.dimmed);
        else text(plotRight - 2, y, `${label} ▶`, palette.dimmed, 'right');
        return;
      }
      const x0 = toX(a.pair.fromTime);
      const x1 = toX(a.pair.toTime);
      const top = g.rows[0]?.top ?? y;
      for (const [raw, x] of [
        [raw0, x0],
        [raw1, x1],
      ] as const) {
        if (raw >= plotLeft && raw <= plotRight) {
          out.push({
            kind: 'line',
            x1: x,
            y1: top,
            x2: x,
            y2: y + 4,
            stroke: palette.annotation,
            width: 1,
            dash: true,
          });
          out.push({
            kind: 'line',
            x1: x,
            y1: y - 4,
            x2: x,
            y2: y + 4,
            stroke: palette.annotation,
            width: 1.5,
            dash: false,
          });
        }
      }
      const l0 = Math.max(plotLeft, x0);
      const l1 = Math.min(plotRight, x1);
      out.push({
        kind: 'line',
        x1: l0,
        y1: y,
        x2: l1,
        y2: y,
        stroke: palette.annotation,
        width: 1.5,
        dash: false,
      });
      if (l1 - l0 >= w + 16) {
        const cx = (l0 + l1) / 2;
        out.push({
          kind: 'rect',
          x: cx - w / 2 - 4,
          y: y - 7,
          w: w + 8,
          h: 14,
          fill: palette.background,
          opacity: 1,
        });
        text(cx, y, label, palette.text, 'center');
      } else if (l1 + 6 + w <= plotRight) {
        text(l1 + 6, y, label, palette.text);
      } else {
        text(Math.max(plotLeft + w, l0 - 6), y, label, palette.text, 'right');
      }
    });
  }

  function drawLane(lane: LaneExpansion, r: RowLayout, color: string) {
    const y = r.top + 2;
    const h = r.height - 4;
    if (lane.kind === 'bars') {
      for (const bar of lane.bars) {
        // bars overlapping the window edge are cut at the plot's edge
        const x0 = Math.max(plotLeft, toX(bar.start));
        const x1 = Math.min(plotRight, toX(bar.end));
        // an instantaneous or sub-pixel event is a thin mark centred on its time; instantaneous
        // ones (a reaction trigger) a little wider, as they have no extent to show
        const min = bar.end === bar.start ? INSTANT_PX : MIN_BAR_PX;
        const w = Math.max(min, x1 - x0);
        const x = x1 - x0 < min ? (x0 + x1) / 2 - min / 2 : x0;
        out.push({ kind: 'rect', x, y, w, h, fill: color, opacity: 1 });
      }
      return;
    }
    aggregated = true;
    const bucket = plotWidth / lane.duty.length;
    let runStart = 0;
    let runShade = 0;
    const flush = (end: number) => {
      if (runShade > 0) {
        out.push({
          kind: 'rect',
          x: plotLeft + runStart * bucket,
          y,
          w: (end - runStart) * bucket,
          h,
          fill: color,
          opacity: runShade,
        });
      }
    };
    // Buckets sample the period unevenly (49 or 50 pulses each): merging near-equal shades
    // removes the moiré stripes that would otherwise appear, and most of the rects.
    for (let j = 0; j < lane.duty.length; j += 1) {
      const s = shade(lane.duty[j] ?? 0, lane.hits[j] ?? 0);
      const same =
        s === 0 ? runShade === 0 : runShade > 0 && Math.abs(s - runShade) <= SHADE_TOLERANCE;
      if (!same) {
        flush(j);
        runStart = j;
        runShade = s;
      }
    }
    flush(lane.duty.length);
  }
}

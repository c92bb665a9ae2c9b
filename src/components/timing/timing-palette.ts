import type { MantineTheme } from '@mantine/core';
import type { EventType } from '../../domain/timing';

/** Colours of a drawing, resolved to CSS strings because a canvas cannot read CSS variables. */
export interface TimingPalette {
  background: string;
  text: string;
  dimmed: string;
  grid: string;
  axis: string;
  track: string;
  annotation: string;
  fontFamily: string;
  lanes: Readonly<Record<string, string>>;
  otherLane: string;
}

export function laneColor(palette: TimingPalette, type: EventType): string {
  return palette.lanes[type] ?? palette.otherLane;
}

/**
 * Theme tokens per scheme: shade 7–8 on white and shade 4 on dark grey keep every bar at 3:1
 * or better against its background (WCAG non-text contrast) and every label at 4.5:1. Lanes
 * are also labelled in text, so colour is never the only cue.
 */
export function timingPalette(theme: MantineTheme, scheme: 'light' | 'dark'): TimingPalette {
  const c = theme.colors;
  if (scheme === 'dark') {
    return {
      background: c.dark[7],
      text: c.dark[0],
      dimmed: c.dark[1],
      grid: c.dark[5],
      axis: c.dark[2],
      track: c.dark[6],
      annotation: c.gray[3],
      fontFamily: theme.fontFamily ?? 'sans-serif',
      lanes: {
        LaserExcitation: c.violet[4],
        ReactionTrigger: c.orange[4],
        XrayExposure: c.blue[4],
        XrayDetection: c.teal[4],
      },
      otherLane: c.gray[5],
    };
  }
  return {
    background: theme.white,
    text: c.gray[9],
    dimmed: c.gray[7],
    grid: c.gray[2],
    axis: c.gray[6],
    track: c.gray[0],
    annotation: c.gray[8],
    fontFamily: theme.fontFamily ?? 'sans-serif',
    lanes: {
      LaserExcitation: c.violet[7],
      ReactionTrigger: c.orange[8],
      XrayExposure: c.blue[7],
      XrayDetection: c.teal[8],
    },
    otherLane: c.gray[7],
  };
}

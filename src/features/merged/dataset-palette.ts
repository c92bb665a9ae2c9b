import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';

/** Mantine colours distinct enough for up to ten overlaid curves, in the order they are used. */
const SERIES = [
  'blue',
  'orange',
  'teal',
  'grape',
  'red',
  'lime',
  'cyan',
  'pink',
  'yellow',
  'indigo',
];

/** Dash patterns repeat every other curve, so two curves never differ by colour alone. */
export const DASHES = [undefined, '6 3', '2 2', '8 3 2 3'] as const;

/** Resolved colours (an exported SVG keeps them), strong enough on the light and dark backgrounds. */
export function useSeriesColors(): string[] {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  return useMemo(
    () => SERIES.map((name) => theme.colors[name]?.[dark ? 4 : 7] ?? theme.black),
    [theme, dark],
  );
}

import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';

/**
 * Resolved colours (not CSS variables) from the Mantine theme, for the light or dark scheme: the
 * charts write them as SVG attributes so an exported SVG or PNG looks as it does on screen.
 */
export interface ChartColors {
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  bar: string;
  barHover: string;
  median: string;
  mean: string;
  band: string;
  fontFamily: string;
}

export function useChartColors(): ChartColors {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  return useMemo(() => {
    const primary = theme.colors[theme.primaryColor] ?? theme.colors.blue;
    const pick = (shades: readonly string[] | undefined, i: number, fallback: string) =>
      shades?.[i] ?? fallback;
    return {
      background: dark ? pick(theme.colors.dark, 7, '#1a1b1e') : theme.white,
      text: dark ? pick(theme.colors.dark, 0, '#c9c9c9') : theme.black,
      muted: dark ? pick(theme.colors.dark, 2, '#828282') : pick(theme.colors.gray, 7, '#495057'),
      grid: dark ? pick(theme.colors.dark, 5, '#3b3b3b') : pick(theme.colors.gray, 2, '#e9ecef'),
      axis: dark ? pick(theme.colors.dark, 3, '#696969') : pick(theme.colors.gray, 6, '#868e96'),
      bar: pick(primary, dark ? 4 : 6, '#4c6ef5'),
      barHover: pick(primary, dark ? 2 : 8, '#3b5bdb'),
      median: pick(theme.colors.orange, dark ? 4 : 7, '#f76707'),
      mean: pick(theme.colors.red, dark ? 4 : 8, '#e03131'),
      band: pick(theme.colors.red, dark ? 6 : 4, '#ff8787'),
      fontFamily: theme.fontFamily ?? 'system-ui, sans-serif',
    };
  }, [theme, dark]);
}

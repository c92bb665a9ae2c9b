import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { timingPalette, type TimingPalette } from './timing-palette';

/** The palette of the current theme and colour scheme; stable until either changes. */
export function useTimingPalette(): TimingPalette {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  return useMemo(() => timingPalette(theme, scheme), [theme, scheme]);
}

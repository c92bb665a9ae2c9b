import { Badge, createTheme, darken, type CSSVariablesResolver } from '@mantine/core';

/**
 * System font stack only: no web fonts are fetched. Shade 8 of indigo keeps links, light buttons
 * and white-on-filled labels at WCAG AA contrast (≥ 4.5:1) in both schemes; Mantine's default
 * shade 6 is 4.3:1 on white and 3.8:1 on a light button.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  defaultRadius: 'sm',
  components: {
    // A badge is a word or two of status: never squeezed into "NOT GI…" by a narrow cell or row.
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, minWidth: 'max-content' } } }),
  },
});

/**
 * Light scheme: coloured text (`c="teal"`, light badges and buttons) uses shade 9 darkened by 30 %,
 * which keeps every palette at ≥ 4.8:1 on white and on its own tinted background (Mantine's shade
 * 6–8 text is 2.2–4.3:1 for green, yellow, orange and lime). Dimmed text, gray 6 by default
 * (3.3:1), becomes a grey at 5.9:1. Dark scheme: dimmed is #a3a3a3 and links are shade 3, both ≥ 5:1
 * even on a selected row's tint (Mantine's dark 2 and shade 4 are 4.0 and 4.5:1). Placeholders
 * take the dimmed grey in both schemes: FileInput draws its placeholder as text, which axe holds to
 * 4.5:1 (Mantine's placeholder grey is 2.9:1). Error text and the text of a field in error: red 9
 * on white (5.5:1) and red 4 on dark (6.7:1); Mantine’s red 6 and red 8 are 3.3 and 3.4:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': '#5f666d',
    '--mantine-color-placeholder': '#5f666d',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  };
  for (const [name, shades] of Object.entries(resolved.colors)) {
    if (name === 'dark') continue;
    const text = darken(shades[9], 0.3);
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-light-color`] = text;
  }
  return {
    variables: {},
    light,
    dark: {
      '--mantine-color-dimmed': '#a3a3a3',
      '--mantine-color-placeholder': '#a3a3a3',
      '--mantine-color-error': 'var(--mantine-color-red-4)',
      '--mantine-color-anchor': 'var(--mantine-primary-color-3)',
    },
  };
};

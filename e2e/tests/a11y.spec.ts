import AxeBuilder from '@axe-core/playwright';
import { expect, signInAs, test } from '../fixtures';
import { SCREENS } from '../pages/screens';

/**
 * axe-core on every screen, light and dark, desktop and phone: no serious or critical violation
 * of WCAG 2.1 A/AA. Minor and moderate findings are printed, not failed.
 */
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 390] as const;

for (const screen of SCREENS) {
  for (const colorScheme of SCHEMES) {
    test(`accessibility: ${screen.name}, ${colorScheme}`, async ({ page }) => {
      // Two page loads and two axe runs, each a few seconds on a shared CI core.
      test.setTimeout(120_000);
      if (screen.user) await signInAs(page, screen.user);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 844 });
        await page.emulateMedia({ colorScheme });
        await page.goto(screen.url);
        await screen.ready(page);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const summary = violations.map(
          (v) =>
            `${v.impact ?? 'unknown'} ${v.id}: ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
        const blocking = violations.filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        if (summary.length > 0) console.log(`${screen.name} ${colorScheme} ${width}:`, summary);
        expect(
          blocking.map((v) => `${v.id} (${v.nodes.length})`),
          `${screen.name} (${colorScheme}, ${width} px): ${summary.join('\n')}`,
        ).toEqual([]);
      }
    });
  }
}

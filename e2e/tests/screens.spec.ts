import { expect, signInAs, test } from '../fixtures';
import { axeViolations, clippedTexts, SCREENSHOTS_DIR } from '../pages/checks';
import { SCREENS } from '../pages/screens';

/**
 * Every screen, light and dark, desktop and phone, loaded once per combination and checked four
 * ways: a full-page screenshot for review (screenshots/), no label cut short, no page-wide
 * sideways scroll on a phone, and axe-core with no serious or critical violation of WCAG 2.1 A/AA
 * (minor and moderate findings are printed, not failed).
 */
const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

for (const screen of SCREENS) {
  test(`screen: ${screen.name}`, async ({ page }) => {
    // Four loads and four axe runs, each a few seconds on a shared CI core.
    test.setTimeout(180_000);
    if (screen.user) await signInAs(page, screen.user);
    const problems: string[] = [];
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const where = `${screen.name} (${colorScheme}, ${width} px)`;
        await page.setViewportSize({ width, height: width > 800 ? 800 : 844 });
        await page.emulateMedia({ colorScheme });
        await page.goto(screen.url);
        await screen.ready(page);
        await expect(page.locator('html')).toHaveAttribute(
          'data-mantine-color-scheme',
          colorScheme,
        );
        await page.screenshot({
          path: `${SCREENSHOTS_DIR}${screen.name}-${colorScheme}-${width}.png`,
          fullPage: true,
          animations: 'disabled',
        });
        for (const text of await clippedTexts(page)) problems.push(`${where}: cut off "${text}"`);
        if (width === 390) {
          // Wide tables scroll inside their own container; the page itself never does.
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > 390) problems.push(`${where}: page is ${scrollWidth} px wide`);
        }
        for (const violation of await axeViolations(page, where)) {
          problems.push(`${where}: ${violation}`);
        }
      }
    }
    // Every combination is checked before failing, so one run shows every problem.
    expect(problems).toEqual([]);
  });
}

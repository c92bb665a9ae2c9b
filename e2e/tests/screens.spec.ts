import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from '../fixtures';
import { SCREENS } from '../pages/screens';

/**
 * Every screen, light and dark, desktop and phone, loaded once per combination and checked four
 * ways: a full-page screenshot for review (screenshots/), no label cut short, no page-wide
 * sideways scroll on a phone, and axe-core with no serious or critical violation of WCAG 2.1 A/AA
 * (minor and moderate findings are printed, not failed).
 */
const OUT = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Text in a box that hides its overflow must fit in it. */
function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.body.querySelectorAll('*'))
      .filter((el): el is HTMLElement => el instanceof HTMLElement)
      .filter((el) => {
        const style = getComputedStyle(el);
        const hides = style.overflowX === 'hidden' || style.textOverflow === 'ellipsis';
        const visuallyHidden = el.clientWidth <= 1 || el.clientHeight <= 1;
        return (
          hides &&
          !visuallyHidden &&
          el.innerText.trim() !== '' &&
          el.scrollWidth > el.clientWidth + 1
        );
      })
      .map((el) => el.innerText.trim()),
  );
}

async function axeViolations(page: Page, where: string): Promise<string[]> {
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
  if (summary.length > 0) console.log(`${where}:`, summary);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
}

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
          path: `${OUT}${screen.name}-${colorScheme}-${width}.png`,
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

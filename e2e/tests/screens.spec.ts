import { fileURLToPath } from 'node:url';
import { expect, signInAs, test } from '../fixtures';
import { SCREENS } from '../pages/screens';

/** Full-page screenshots of every screen, light and dark, desktop and phone, for review. */
const OUT = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

for (const screen of SCREENS) {
  test(`screenshots: ${screen.name}`, async ({ page }) => {
    if (screen.user) await signInAs(page, screen.user);
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
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
        // No label is cut short: text in a box that hides overflow must fit in it.
        const clipped = await page.evaluate(() =>
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
        expect(clipped, `${screen.name} (${colorScheme}, ${width} px) clipped text`).toEqual([]);
        if (width === 390) {
          // Wide tables scroll inside their own container; the page itself never does.
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, `${screen.name} (${colorScheme}) document width`).toBeLessThanOrEqual(
            390,
          );
        }
      }
    }
  });
}

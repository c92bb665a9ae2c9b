import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Checks every screen gets (e2e/tests/screens.spec.ts) and the screens a journey reaches. */

/** Full-page screenshots for review (not committed). */
export const SCREENSHOTS_DIR = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/** Text in a box that hides its overflow must fit in it. */
export function clippedTexts(page: Page): Promise<string[]> {
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

/** Serious and critical WCAG 2.1 A/AA violations; minor and moderate ones are printed. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
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

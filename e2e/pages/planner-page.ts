import { expect, type Locator, type Page } from '@playwright/test';

/** The Planner: the list of plans (`/plans`) and the plan editor (`/plans/:id`). */
export class PlannerPage {
  readonly newPlan: Locator;
  readonly planName: Locator;
  readonly applyTemplate: Locator;
  /** The timing diagram: its accessible name is the pattern in words (delays included). */
  readonly diagram: Locator;
  readonly estimates: Locator;
  readonly saveBadge: Locator;

  constructor(readonly page: Page) {
    this.newPlan = page.getByRole('button', { name: 'New plan' });
    this.planName = page.getByRole('textbox', { name: 'Plan name' });
    this.applyTemplate = page.getByRole('button', { name: 'Apply template' });
    this.diagram = page.getByRole('img', { name: /^Delay series of|^Timing pattern/ });
    this.estimates = page.getByRole('table', { name: 'Estimates per run and in total' });
    this.saveBadge = page.getByRole('status').filter({ hasText: /Saved|Saving|Not saved/ });
  }

  async gotoList(): Promise<void> {
    await this.page.goto('/plans');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Planner' })).toBeVisible();
  }

  /** Picks an option of a Mantine select by the select's label. */
  async pick(label: string, option: string | RegExp): Promise<void> {
    await this.page.getByRole('textbox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  delay(run: number): Locator {
    return this.page.getByRole('textbox', { name: `Run ${run} delay`, exact: true });
  }

  delayUnit(run: number): Locator {
    return this.page.getByRole('textbox', { name: `Run ${run} delay unit`, exact: true });
  }

  estimateRow(label: string): Locator {
    return this.estimates.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: label, exact: true }),
    });
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveBadge).toHaveText(/^Saved · revision \d+$/i);
  }
}

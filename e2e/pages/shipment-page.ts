import { expect, type Locator, type Page } from '@playwright/test';

/** The shipments list (`/shipments`, `/proposals/:p/shipments`) as a user drives it. */
export class ShipmentsList {
  readonly table: Locator;
  readonly createdToday: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: /\bshipments?\b/i });
    this.createdToday = page.getByRole('button', { name: 'Created today' });
    this.summary = page.getByText(/shipments( match the filters)?\.$/);
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  async open(name: string): Promise<ShipmentScreen> {
    await this.table.getByRole('link', { name, exact: true }).click();
    const screen = new ShipmentScreen(this.page);
    await expect(screen.title(name)).toBeVisible();
    return screen;
  }
}

/** One shipment: review comments, tree, packing list. */
export class ShipmentScreen {
  readonly comments: Locator;
  readonly saveComments: Locator;
  readonly notSaved: Locator;
  readonly saved: Locator;
  readonly print: Locator;
  readonly packingList: Locator;

  constructor(readonly page: Page) {
    this.comments = page.getByRole('textbox', { name: /comments for the facility/i });
    this.saveComments = page.getByRole('button', { name: 'Save comments' });
    this.notSaved = page.getByRole('alert', { name: 'Not saved' });
    this.saved = page.getByText('Comments saved.');
    this.print = page.getByRole('button', { name: 'Print packing list' });
    this.packingList = page.locator('[data-packing-list]');
  }

  title(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }
}

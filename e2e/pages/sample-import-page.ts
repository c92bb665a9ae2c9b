import { expect, type Locator, type Page } from '@playwright/test';

/** The SSX sample import (`/proposals/:p/samples/import`), as a user drives it. */
export class SampleImportPage {
  constructor(readonly page: Page) {}

  /** Shipment → dewar → container, through the three pickers. */
  async pickContainer(shipment: RegExp, dewar: RegExp, container: RegExp): Promise<void> {
    await this.pick('Shipment', shipment);
    await this.pick('Dewar', dewar);
    await this.pick('Container', container);
    await expect(this.page).toHaveURL(/[?&]container=\d+/);
  }

  private async pick(label: string, option: RegExp): Promise<void> {
    await this.page.getByRole('textbox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  async upload(fileName: string, csv: string): Promise<void> {
    await this.page
      .locator('input[type="file"]')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
  }

  /** The line under the heading that sums the file up ("x.csv: 3 samples; 2 problems…"). */
  summary(): Locator {
    return this.page.getByRole('status').filter({ hasText: /samples?[;,]/ });
  }

  /** The input of a cell that has a problem (or was edited), by column key and file line. */
  cell(column: string, line: number): Locator {
    return this.page.getByRole('textbox', { name: `${column}, line ${line}` });
  }

  async fix(column: string, line: number, value: string): Promise<void> {
    const input = this.cell(column, line);
    await input.fill(value);
    await input.press('Enter');
  }

  async confirm(count: number): Promise<void> {
    const label = `${count} sample${count === 1 ? '' : 's'}`;
    await this.page.getByRole('button', { name: `Import ${label}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Create ${label}?` });
    await dialog.getByRole('button', { name: `Create ${label}` }).click();
  }
}

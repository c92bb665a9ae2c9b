import { expect, type Locator, type Page } from '@playwright/test';
import { sessionGroupsTable } from './tables';

type FilterLabel = 'Experiment type' | 'Delivery device' | 'Status';

/** A session page: its experiments, their filters (kept in the URL) and CSV export. */
export class SessionPage {
  readonly groups: Locator;
  readonly shown: Locator;

  constructor(
    readonly page: Page,
    sessionName: string,
  ) {
    this.groups = sessionGroupsTable(page, sessionName);
    this.shown = page.getByText(/^Showing \d+ of \d+ experiments?/);
  }

  filter(label: FilterLabel): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** Picks `option` in a multi-select filter and closes its list. */
  async pick(label: FilterLabel, option: string): Promise<void> {
    await this.filter(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('listbox')).toHaveCount(0);
  }

  /** The link of an experiment row, by its type label and group id ("SSX-Chip, group 12022"). */
  experimentLink(type: string, groupId: number): Locator {
    return this.groups.getByRole('link', { name: new RegExp(`^${type}\\s*, group ${groupId}$`) });
  }
}

import type { Locator, Page } from '@playwright/test';

/** The merged-datasets screens of one experiment, driven by roles and names. */
export class MergedPages {
  readonly delayTable: Locator;
  readonly datasetA: Locator;
  readonly datasetB: Locator;
  readonly statistics: Locator;
  readonly cutoff: Locator;

  constructor(readonly page: Page) {
    this.delayTable = page.getByRole('table', { name: /delays?;/ });
    this.datasetA = page.getByRole('textbox', { name: 'Dataset A' });
    this.datasetB = page.getByRole('textbox', { name: 'Dataset B' });
    this.statistics = page.getByRole('table', { name: 'Overall statistics' });
    this.cutoff = page.getByRole('slider', { name: 'High-resolution cut-off' });
  }

  static seriesPath(proposal: string, session: number, group: number): string {
    return `/proposals/${proposal}/sessions/${session}/groups/${group}/series`;
  }

  /** The delay labels of the table, top to bottom. */
  delays(): Promise<string[]> {
    return this.delayTable.getByRole('rowheader').allInnerTexts();
  }

  async choose(select: Locator, dataset: string): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: dataset }).click();
  }

  /** A value of the overall statistics card: `all` shells or those `kept` by the cut-off. */
  statistic(name: string, column: 'all' | 'kept'): Locator {
    return this.statistics
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) })
      .locator(`[data-column="${column}"]`);
  }
}

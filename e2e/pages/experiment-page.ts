import { expect, type Locator, type Page } from '@playwright/test';
import { cellUnder, rowWith } from './tables';

/** The data of one experiment (data collection group) page, driven by roles and names. */
export class ExperimentPage {
  readonly runsRegion: Locator;
  readonly runsTable: Locator;
  readonly exportRunsCsv: Locator;

  constructor(readonly page: Page) {
    this.runsRegion = page.getByRole('region', { name: 'Runs', exact: true });
    this.runsTable = page.getByRole('table', { name: /^All \d+ runs? of this experiment$/ });
    this.exportRunsCsv = this.runsRegion.getByRole('button', { name: 'Export CSV' });
  }

  static path(proposal: string, session: number, group: number, query = ''): string {
    return `/proposals/${proposal}/sessions/${session}/groups/${group}${query}`;
  }

  /** The body rows of the runs table (the header row left out). */
  runRows(): Locator {
    return this.runsTable.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** The run whose Delay cell reads `delay` (`dark`, `1 µs`, …). */
  async runWithDelay(delay: string): Promise<Locator> {
    const rows = this.runRows();
    for (let i = 0; i < (await rows.count()); i += 1) {
      const row = rows.nth(i);
      if ((await (await this.delayCell(row)).innerText()).trim() === delay) return row;
    }
    throw new Error(`no run with the delay ${delay}`);
  }

  delayCell(row: Locator): Promise<Locator> {
    return cellUnder(this.runsTable, row, 'Delay');
  }

  /** The Delay column, top to bottom, once every run's timing has been read. */
  async expectDelays(delays: readonly string[]): Promise<void> {
    await expect(this.runRows()).toHaveCount(delays.length);
    for (const [i, delay] of delays.entries()) {
      await expect(await this.delayCell(this.runRows().nth(i))).toHaveText(delay);
    }
  }

  /** Selects a run with its link, as a keyboard or mouse user would. */
  async selectRun(row: Locator): Promise<void> {
    const link = row.getByRole('link', { name: /^Run \d+ \(data collection \d+\)/ });
    await link.click();
    await expect(link).toHaveAccessibleName(/, selected$/);
  }

  runRow(runId: number): Locator {
    return rowWith(this.runsTable, String(runId));
  }

  tab(name: 'Run parameters' | 'Timing' | 'Unit cells' | 'Sample' | 'Device'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  tabPanel(name: 'Run parameters' | 'Timing' | 'Unit cells' | 'Sample' | 'Device'): Locator {
    return this.page.getByRole('tabpanel', { name, exact: true });
  }

  async openTab(name: 'Run parameters' | 'Timing' | 'Unit cells' | 'Sample' | 'Device') {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    return this.tabPanel(name);
  }

  /** The selected run's own timing diagram: the first of the Timing tab (the series follows). */
  runTiming(): TimingDiagram {
    return new TimingDiagram(this.page, this.tabPanel('Timing'), 0);
  }

  /** A Unit cells panel of the Cells tab, by its title. */
  cellsPanel(title: string | RegExp): Locator {
    return this.tabPanel('Unit cells').getByRole('region', { name: title });
  }
}

/**
 * A timing diagram with its toolbar. The Timing tab shows two (the run, then the delay series)
 * with the same controls; `index` picks one, in page order.
 */
export class TimingDiagram {
  readonly zoomIn: Locator;
  readonly zoomOut: Locator;
  readonly reset: Locator;
  readonly wholePattern: Locator;
  readonly showAsTable: Locator;
  /** The focusable wrapper that takes + − ← → 0. */
  readonly keyboardSurface: Locator;
  readonly drawing: Locator;
  /** "Showing … to …. Scroll over the diagram …" under the drawing. */
  readonly windowText: Locator;

  constructor(
    readonly page: Page,
    scope: Locator,
    index: number,
  ) {
    const nth = (locator: Locator) => locator.nth(index);
    this.zoomIn = nth(scope.getByRole('button', { name: 'Zoom in', exact: true }));
    this.zoomOut = nth(scope.getByRole('button', { name: 'Zoom out', exact: true }));
    this.reset = nth(scope.getByRole('button', { name: 'Reset', exact: true }));
    this.wholePattern = nth(scope.getByRole('button', { name: 'Whole pattern', exact: true }));
    this.showAsTable = nth(scope.getByRole('switch', { name: 'Show as table' }));
    this.keyboardSurface = nth(
      scope.getByRole('group', { name: /^Timing diagram: \+ and − zoom/ }),
    );
    this.drawing = this.keyboardSurface.getByRole('img');
    this.windowText = nth(scope.getByText(/^Showing .+\. Scroll over the diagram/));
  }

  /** The visible window as the text under the drawing says it: "-150 µs to 5.15 ms". */
  async visibleWindow(): Promise<string> {
    const text = await this.windowText.innerText();
    const match = /^Showing (.+?)\. Scroll over/.exec(text);
    expect(match, `window in "${text}"`).not.toBeNull();
    return match?.[1] ?? '';
  }

  /** Expects the text and the drawing's accessible name to both show `window`. */
  async expectWindow(window: string): Promise<void> {
    await expect(this.windowText).toHaveText(new RegExp(`^Showing ${escape(window)}\\. `));
    await expect(this.drawing).toHaveAccessibleName(new RegExp(`Showing ${escape(window)}\\.$`));
  }

  /** Turns on the table alternative from the keyboard (Mantine hides the native input). */
  async openTable(): Promise<void> {
    await this.showAsTable.focus();
    await this.page.keyboard.press('Space');
    await expect(this.showAsTable).toBeChecked();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number of a unit-cell statistics table: `Median` of the row headed `a (Å)`, say. */
export async function cellStatistic(
  table: Locator,
  parameter: string,
  column: string,
): Promise<number> {
  const row = table.getByRole('row').filter({
    has: table.page().getByRole('rowheader', { name: parameter, exact: true }),
  });
  const text = await (await cellUnder(table, row, column)).innerText();
  const value = Number(text.replace(/[\s,]/g, ''));
  expect(Number.isFinite(value), `${parameter} ${column}: "${text}"`).toBe(true);
  return value;
}

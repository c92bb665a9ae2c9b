import { expect, type Locator, type Page } from '@playwright/test';

/** The row of `table` that contains `text` (a cell's text or a link's name). */
export function rowWith(table: Locator, text: string | RegExp): Locator {
  return table.getByRole('row').filter({ hasText: text });
}

/**
 * The cell of `row` under the column header named `header` in `table`; a row's own header cell
 * (`<th scope="row">`) counts as a column like any other.
 */
export async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(header);
  expect(index, `column "${header}" in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return row.getByRole('rowheader').or(row.getByRole('cell')).nth(index);
}

/**
 * The table of a session's data collection groups (captioned "Data collection groups of …" or
 * "Experiments (data collection groups) of …").
 */
export function sessionGroupsTable(page: Page, sessionName: string): Locator {
  return page.getByRole('table', {
    name: new RegExp(`data collection groups\\)? of ${sessionName}\\b`, 'i'),
  });
}

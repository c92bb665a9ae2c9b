import { armFaults, expect, signInAs, test } from '../fixtures';
import { LoginPage } from '../pages/login-page';
import { SampleImportPage } from '../pages/sample-import-page';
import { rowWith } from '../pages/tables';

const HEADER =
  'name,protein,location,size_x_um,size_y_um,size_z_um,density_per_ml,volume_ul,support,comments,' +
  'crystal1_type,crystal1_name,crystal1_composition,crystal1_amount,crystal1_unit,crystal1_ph,' +
  'sample1_type,sample1_name,sample1_composition,sample1_amount,sample1_unit,sample1_ph';

/** A slurry row of PYP (MX2532's protein) with a ligand and a buffer; `patch` spoils a cell. */
function row(name: string, patch: Partial<Record<'protein' | 'sample1_unit', string>> = {}) {
  const protein = patch.protein ?? 'PYP';
  const unit = patch.sample1_unit ?? 'mM';
  return `${name},${protein},,10,10,5,1e7,150,Injector,"grown 2 days, 20 °C",Ligand,pCA,C9H8O3,10,mM,,Buffer,HEPES,,50,${unit},7.5`;
}

test('a user imports a CSV with two bad rows, fixes them, confirms and finds the samples', async ({
  page,
}) => {
  // The demo server lives for the whole run: names unique per test run.
  const prefix = `e2e${Date.now().toString(36)}`;
  await signInAs(page, 'scientist');
  await page.goto('/proposals/MX2532');
  await page.getByRole('link', { name: 'Samples' }).click();
  await page.getByRole('link', { name: 'Import SSX samples' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import SSX samples' })).toBeVisible();

  const importer = new SampleImportPage(page);
  await importer.pickContainer(/PYP TR-SSX/, /IBS-MX2532-D1/, /PYP-RACK-1/);
  await expect(page.getByText('Container PYP-RACK-1')).toBeVisible();

  const csv = [
    HEADER,
    row(`${prefix}-a`),
    row(`${prefix}-b`, { sample1_unit: 'mmol' }),
    row(`${prefix}-c`, { protein: 'LYSO' }),
  ].join('\r\n');
  await importer.upload('slurries.csv', csv);
  await expect(importer.summary()).toHaveText('slurries.csv: 3 samples; 2 problems in 2 rows.');
  await expect(page.getByRole('button', { name: 'Import 3 samples' })).toBeDisabled();
  await expect(importer.cell('sample1_unit', 3)).toHaveAccessibleDescription(/Unknown unit “mmol”/);
  await expect(importer.cell('protein', 4)).toHaveAccessibleDescription(
    /Unknown protein “LYSO”: this proposal has PYP/,
  );

  await importer.fix('sample1_unit', 3, 'mM');
  await expect(importer.summary()).toHaveText('slurries.csv: 3 samples; 1 problem in 1 row.');
  await importer.fix('protein', 4, 'PYP');
  await expect(importer.summary()).toHaveText('slurries.csv: 3 samples, all valid.');

  await importer.confirm(3);
  await expect(page.getByText('Created 3 samples')).toBeVisible();
  await expect(page.getByRole('link', { name: `${prefix}-b` })).toBeVisible();

  await page.getByRole('link', { name: 'See the container’s samples' }).click();
  await expect(page).toHaveURL(/\/proposals\/MX2532\/samples\?container=\d+/);
  await page.getByRole('searchbox', { name: 'Sample name' }).fill(prefix);
  const table = page.getByRole('table', { name: /^Samples 1–3 of 3$/ });
  await expect(table).toBeVisible();
  for (const name of ['a', 'b', 'c']) {
    await expect(rowWith(table, `${prefix}-${name}`)).toContainText('PYP-RACK-1');
  }

  // The sample page shows what was imported.
  await table.getByRole('link', { name: `${prefix}-b` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Sample ${prefix}-b` })).toBeVisible();
  await expect(page.getByText('HEPES')).toBeVisible();
});

test('a session that ends at confirmation keeps the checked file: sign in again and confirm', async ({
  page,
  context,
}) => {
  const prefix = `e2x${Date.now().toString(36)}`;
  await signInAs(page, 'scientist');
  await page.goto('/proposals/MX2532/samples/import');
  const importer = new SampleImportPage(page);
  await importer.pickContainer(/PYP TR-SSX/, /IBS-MX2532-D1/, /PYP-RACK-1/);
  const importUrl = new URL(page.url()).pathname + new URL(page.url()).search;
  await importer.upload(
    'kept.csv',
    [HEADER, row(`${prefix}-a`, { sample1_unit: 'mmol' })].join('\n'),
  );
  await importer.fix('sample1_unit', 2, 'mM');
  await expect(importer.summary()).toHaveText('kept.csv: 1 sample, all valid.');

  await armFaults(context, [
    {
      id: 'import-expired',
      path: '^/samples/ssx$',
      method: 'POST',
      status: 401,
      body: '{"detail":"Token expired. Please log in again"}',
      contentType: 'application/json',
      times: 1,
    },
  ]);
  await importer.confirm(1);
  const login = new LoginPage(page);
  await expect(login.expiredNotice).toBeVisible();
  await login.signInAs('scientist');

  await expect(page).toHaveURL(importUrl);
  await expect(importer.summary()).toHaveText('kept.csv: 1 sample, all valid.');
  await importer.confirm(1);
  await expect(page.getByText('Created 1 sample')).toBeVisible();
  await expect(page.getByRole('link', { name: `${prefix}-a` })).toBeVisible();
});

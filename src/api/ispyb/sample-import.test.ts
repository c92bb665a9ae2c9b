import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoApi } from '../../demo';
import {
  readSheet,
  templateColumns,
  templateExample,
  validateSheet,
  type SampleDraft,
} from '../../domain/sample-import';
import { createTestDemo, demoHttp } from '../../testing/demo-app';
import { must } from '../../testing/fixtures';
import { fetchCapabilities } from '../capabilities';
import { ApiError } from '../errors';
import type { HttpClient } from '../http';
import { fetchProposalContainers } from './containers';
import { fetchProteins } from './proteins';
import { canImportSamples, importSamples, problemCells } from './sample-import';
import { fetchContainerSamples, fetchSample } from './samples';

const BASE = 'http://demo.test/ispyb/api/v1';

async function clientFor(demo: DemoApi, login: string): Promise<HttpClient> {
  const response = await demo.handle(
    new Request(`${BASE}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ plugin: 'dummy', login, password: 'x' }),
    }),
  );
  const { token } = (await response.json()) as { token: string };
  return demoHttp(
    demo,
    () => token,
    () => undefined,
  );
}

const COLUMNS = templateColumns();

async function draftsFor(http: HttpClient, rows: Record<string, string>[]): Promise<SampleDraft[]> {
  const proteins = await fetchProteins(http, { proposal: 'MX2532', page: 1, pageSize: 100 });
  const sheet = readSheet({
    rows: [COLUMNS, ...rows.map((row) => COLUMNS.map((key) => row[key] ?? ''))],
    lines: rows.map((_, i) => i + 1),
    delimiter: ',',
  });
  const validation = validateSheet(sheet, {
    proteins: proteins.items.flatMap((p) =>
      p.id === undefined ? [] : [{ id: p.id, acronym: p.acronym }],
    ),
  });
  expect(validation.errorCount).toBe(0);
  return validation.drafts;
}

describe('POST /samples/ssx (sample-import extension) through the app client', () => {
  let demo: DemoApi;
  let http: HttpClient;
  let containerId: number;
  let acronym: string;

  beforeAll(async () => {
    demo = createTestDemo();
    http = await clientFor(demo, 'scientist');
    const containers = await fetchProposalContainers(http, 'MX2532');
    containerId = must(containers[0]).id;
    const proteins = await fetchProteins(http, { proposal: 'MX2532', page: 1, pageSize: 100 });
    acronym = must(proteins.items[0]).acronym;
  });

  it('is listed in the demo’s openapi.json', async () => {
    expect(canImportSamples(await fetchCapabilities(http))).toBe(true);
  });

  it('creates the samples with compositions, visible in the container and by id', async () => {
    const example = templateExample(acronym);
    const drafts = await draftsFor(http, [
      { ...example, name: 'imp-1', location: '' },
      {
        ...example,
        name: 'imp-2',
        location: '',
        sample2_type: '',
        sample2_name: '',
        sample2_composition: '',
        sample2_amount: '',
        sample2_unit: '',
      },
    ]);
    const before = await fetchContainerSamples(http, containerId);
    const created = await importSamples(http, drafts, containerId);
    expect(created.map((s) => s.name)).toEqual(['imp-1', 'imp-2']);
    const first = must(created[0]);
    expect(first).toMatchObject({
      containerId,
      volumeUl: 200,
      support: 'Injector',
      crystal: { sizeUm: { x: 10, y: 10, z: 5 }, abundance: 1e7, protein: { acronym } },
    });
    expect(first.crystal.components).toEqual([
      expect.objectContaining({
        type: 'Ligand',
        name: 'GlcNAc3',
        amount: { kind: 'concentration', value: 0.01, unit: 'M' },
      }),
    ]);
    expect(first.components.map((c) => [c.type, c.name, c.amount, c.pH])).toEqual([
      ['Buffer', 'sodium acetate', { kind: 'concentration', value: 0.1, unit: 'M' }, 4.5],
      ['Small Molecule', 'NaCl', { kind: 'concentration', value: 7, unit: '%(w/v)' }, undefined],
      ['JetMaterial', 'PEG 6000', { kind: 'ratio', value: 1 }, undefined],
    ]);
    expect(must(created[1]).components).toHaveLength(2);
    const after = await fetchContainerSamples(http, containerId);
    expect(after.length).toBe(before.length + 2);
    expect((await fetchSample(http, first.id)).name).toBe('imp-1');
  });

  it('creates nothing when one row fails, and locates the problem on its cell', async () => {
    const example = templateExample(acronym);
    const drafts = await draftsFor(http, [
      { ...example, name: 'ok-1', location: '' },
      { ...example, name: 'imp-1', location: '' },
    ]);
    const before = await fetchContainerSamples(http, containerId);
    const error = await importSamples(http, drafts, containerId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const problems = (error as ApiError).details.problems ?? [];
    expect(problemCells(problems, drafts)).toEqual([
      { row: 1, column: 'name', message: 'A sample of this name is already in the container' },
    ]);
    expect(await fetchContainerSamples(http, containerId)).toHaveLength(before.length);
  });

  it('maps nested composition problems to the group the component came from', () => {
    const draft = {
      sampleComponents: [{ group: 2 }, { group: 3 }],
      crystalComponents: [{ group: 1 }],
    } as unknown as SampleDraft;
    expect(
      problemCells(
        [
          { location: ['body', 0, 'sample_compositions', 1, 'ConcentrationType'], message: 'u' },
          {
            location: [
              'body',
              0,
              'Crystal',
              'crystal_compositions',
              0,
              'Component',
              'ComponentType',
            ],
            message: 't',
          },
          { location: ['body', 0, 'Crystal', 'size_X'], message: 's' },
          { location: ['body', 0, 'containerId'], message: 'c' },
          { location: ['body'], message: 'b' },
        ],
        [draft],
      ),
    ).toEqual([
      { row: 0, column: 'sample3_unit', message: 'u' },
      { row: 0, column: 'crystal1_type', message: 't' },
      { row: 0, column: 'size_x_um', message: 's' },
      { row: 0, column: undefined, message: 'c' },
      { row: -1, column: undefined, message: 'b' },
    ]);
  });

  it('refuses staff who are not on the proposal (403) and hides others’ containers (422)', async () => {
    const drafts = await draftsFor(http, [
      { ...templateExample(acronym), name: 'x-1', location: '' },
    ]);
    const staff = await clientFor(demo, 'staff');
    await expect(importSamples(staff, drafts, containerId)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    const visitor = await clientFor(demo, 'visitor');
    const error = (await importSamples(visitor, drafts, containerId).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.kind).toBe('validation');
    expect(error.details.problems?.[0]?.location).toEqual(['body', 0, 'containerId']);
  });

  it('answers 422 in FastAPI’s shape for a body that does not match', async () => {
    const error = (await http
      .send('POST', '/samples/ssx', [{ name: 'bad name', containerId }], {} as never)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('validation');
    expect(error.details.problems?.map((p) => p.location)).toEqual(
      expect.arrayContaining([
        ['body', 0, 'name'],
        ['body', 0, 'volume'],
        ['body', 0, 'Crystal'],
      ]),
    );
  });
});

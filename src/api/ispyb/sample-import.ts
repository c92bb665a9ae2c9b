import type { QueryClient } from '@tanstack/react-query';
import type { Sample } from '../../domain/sample';
import {
  componentKey,
  type ComponentDraft,
  type ComponentField,
  type ComponentOwner,
  type SampleDraft,
  type SampleField,
} from '../../domain/sample-import';
import type { Capabilities } from '../capabilities';
import type { FieldProblem } from '../errors';
import type { HttpClient } from '../http';
import {
  ssxSamplesCreatedSchema,
  type CompositionCreateDto,
  type SsxSampleCreateDto,
} from './sample-import.dto';
import { mapSample } from './samples.mapper';

export const SAMPLE_IMPORT_ROUTE = '/samples/ssx';

/** Whether this server implements the extension (listed in its `openapi.json`). */
export function canImportSamples(capabilities: Capabilities): boolean {
  return capabilities.hasRoute('post', SAMPLE_IMPORT_ROUTE);
}

function compositionDto(component: ComponentDraft): CompositionCreateDto {
  const { amount } = component;
  return {
    Component: {
      name: component.name,
      composition: component.composition ?? null,
      ComponentType: { name: component.type },
    },
    abundance: amount.kind === 'concentration' ? amount.value : null,
    ratio: amount.kind === 'ratio' ? amount.value : null,
    ph: component.pH ?? null,
    ConcentrationType:
      amount.kind === 'concentration' && amount.unit ? { symbol: amount.unit } : null,
  };
}

export function sampleCreateDto(draft: SampleDraft, containerId: number): SsxSampleCreateDto {
  return {
    containerId,
    name: draft.name,
    location: draft.location ?? null,
    comments: draft.comments ?? null,
    volume: draft.volumeUl,
    support: draft.support ?? null,
    Crystal: {
      proteinId: draft.proteinId,
      size_X: draft.sizeUm.x ?? null,
      size_Y: draft.sizeUm.y ?? null,
      size_Z: draft.sizeUm.z ?? null,
      abundance: draft.densityPerMl ?? null,
      crystal_compositions: draft.crystalComponents.map(compositionDto),
    },
    sample_compositions: draft.sampleComponents.map(compositionDto),
  };
}

/** All or nothing: a 422 names the failing rows as `loc: ["body", row, …]`. */
export async function importSamples(
  http: HttpClient,
  drafts: readonly SampleDraft[],
  containerId: number,
): Promise<Sample[]> {
  const body = drafts.map((draft) => sampleCreateDto(draft, containerId));
  const created = await http.send('POST', SAMPLE_IMPORT_ROUTE, body, ssxSamplesCreatedSchema);
  return created.map(mapSample);
}

/** The server's names → the CSV's columns. */
const SAMPLE_LOC: Record<string, SampleField> = {
  name: 'name',
  location: 'location',
  comments: 'comments',
  volume: 'volume_ul',
  support: 'support',
};
const CRYSTAL_LOC: Record<string, SampleField> = {
  proteinId: 'protein',
  size_X: 'size_x_um',
  size_Y: 'size_y_um',
  size_Z: 'size_z_um',
  abundance: 'density_per_ml',
};
const COMPOSITION_LOC: Record<string, ComponentField> = {
  Component: 'name',
  name: 'name',
  composition: 'composition',
  ComponentType: 'type',
  abundance: 'amount',
  ratio: 'amount',
  ph: 'ph',
  ConcentrationType: 'unit',
};

/** Where a server-side problem belongs in the preview: a row, and a cell when one is named. */
export interface ProblemCell {
  row: number;
  /** Column key; `undefined` for the row as a whole (e.g. its container). */
  column: string | undefined;
  message: string;
}

function componentColumn(
  owner: ComponentOwner,
  drafts: readonly SampleDraft[],
  row: number,
  index: unknown,
  rest: readonly (string | number)[],
): string | undefined {
  const list = owner === 'crystal' ? drafts[row]?.crystalComponents : drafts[row]?.sampleComponents;
  const component = typeof index === 'number' ? list?.[index] : undefined;
  // the most specific name wins: `["Component", "ComponentType"]` is the type, not the name
  const key = rest.findLast((part) => typeof part === 'string' && part in COMPOSITION_LOC);
  const field = typeof key === 'string' ? COMPOSITION_LOC[key] : undefined;
  return component ? componentKey(owner, component.group, field ?? 'name') : undefined;
}

/**
 * `loc: ["body", 3, "Crystal", "crystal_compositions", 0, "ConcentrationType"]` → row 3, the
 * unit cell of the component group that row's first crystal component came from. Problems that
 * name no row (`["body"]`) are returned with row -1: the caller shows them above the table.
 */
export function problemCells(
  problems: readonly FieldProblem[],
  drafts: readonly SampleDraft[],
): ProblemCell[] {
  return problems.map(({ location, message }) => {
    const [root, row, first, second, third, ...rest] = location;
    if (root !== 'body' || typeof row !== 'number') return { row: -1, column: undefined, message };
    let column: string | undefined;
    if (typeof first === 'string' && first in SAMPLE_LOC) column = SAMPLE_LOC[first];
    else if (first === 'sample_compositions') {
      column = componentColumn('sample', drafts, row, second, [third ?? '', ...rest]);
    } else if (first === 'Crystal' && second === 'crystal_compositions') {
      column = componentColumn('crystal', drafts, row, third, rest);
    } else if (first === 'Crystal' && typeof second === 'string') column = CRYSTAL_LOC[second];
    return { row, column, message };
  });
}

/** After an import: every list that may now hold the new samples is read again. */
export async function invalidateAfterImport(
  client: QueryClient,
  containerId: number,
): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: ['samples'] }),
    client.invalidateQueries({ queryKey: ['containers', containerId] }),
    client.invalidateQueries({ queryKey: ['proteins'] }),
  ]);
}

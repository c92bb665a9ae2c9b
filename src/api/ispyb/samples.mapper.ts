import type { Amount, Component, Crystal, Protein, Sample, UnitCell } from '../../domain/sample';
import { opt } from './common.mapper';
import type { CompositionDto, SampleCrystalDto, SampleDto } from './samples.dto';

/** `"1"` → 1; anything that is not a whole number → undefined (never NaN in the domain). */
function toId(value: string | number): number | undefined {
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

/**
 * ISPyB stores an abundance (in the ConcentrationType's unit when one is set) or a ratio; an
 * abundance wins when a row has both, as it carries a unit.
 */
export function mapAmount(dto: CompositionDto): Amount {
  if (dto.abundance !== null && dto.abundance !== undefined) {
    return {
      kind: 'concentration',
      value: dto.abundance,
      unit: opt(dto.ConcentrationType?.symbol),
    };
  }
  if (dto.ratio !== null && dto.ratio !== undefined) return { kind: 'ratio', value: dto.ratio };
  return { kind: 'none' };
}

export function mapComposition(dto: CompositionDto): Component {
  return {
    id: dto.Component.componentId,
    name: dto.Component.name,
    type: dto.Component.ComponentType.name,
    composition: opt(dto.Component.composition),
    amount: mapAmount(dto),
    pH: dto.ph ?? dto.pH ?? undefined,
  };
}

/** A cell only when all six parameters were given: a partial cell cannot be drawn or compared. */
function mapCell(dto: SampleCrystalDto): UnitCell | undefined {
  const { cell_a, cell_b, cell_c, cell_alpha, cell_beta, cell_gamma } = dto;
  if (
    cell_a === null ||
    cell_b === null ||
    cell_c === null ||
    cell_alpha === null ||
    cell_beta === null ||
    cell_gamma === null
  ) {
    return undefined;
  }
  return { a: cell_a, b: cell_b, c: cell_c, alpha: cell_alpha, beta: cell_beta, gamma: cell_gamma };
}

export function mapCrystal(dto: SampleCrystalDto): Crystal {
  const protein: Protein = {
    id: dto.Protein.proteinId ?? dto.proteinId,
    proposalId: toId(dto.Protein.proposalId),
    name: dto.Protein.name,
    acronym: dto.Protein.acronym,
  };
  return {
    id: dto.crystalId,
    protein,
    cell: mapCell(dto),
    sizeUm: { x: opt(dto.size_X), y: opt(dto.size_Y), z: opt(dto.size_Z) },
    abundance: opt(dto.abundance),
    components: (dto.crystal_compositions ?? []).map(mapComposition),
  };
}

export function mapSample(dto: SampleDto): Sample {
  return {
    id: dto.blSampleId,
    name: dto.name,
    comments: opt(dto.comments),
    crystal: mapCrystal(dto.Crystal),
    containerId: opt(dto.containerId),
    containerCode: opt(dto.Container?.code),
    location: opt(dto.location),
    volumeUl: opt(dto.volume),
    support: opt(dto.support),
    components: (dto.sample_compositions ?? []).map(mapComposition),
    dataCollectionCount: opt(dto._metadata?.datacollections),
    experimentTypes: dto._metadata?.types ?? [],
    proposalName: opt(dto._metadata?.proposal),
    subSampleCount: opt(dto._metadata?.subsamples),
    integratedResolutionA: opt(dto._metadata?.integratedResolution),
    loopType: opt(dto.loopType),
  };
}

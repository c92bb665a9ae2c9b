import type { ProteinDetails } from '../../domain/sample';
import { opt } from './common.mapper';
import type { ProteinDto } from './proteins.dto';

function text(value: string | number | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

export function mapProtein(dto: ProteinDto): ProteinDetails {
  return {
    id: dto.proteinId,
    proposalId: dto.proposalId,
    name: dto.name,
    acronym: dto.acronym,
    sequence: opt(dto.sequence),
    molecularMass: opt(dto.molecularMass),
    density: opt(dto.density),
    safetyLevel: opt(dto.safetyLevel),
    containmentLevel: text(dto.containmentLevel),
    hazardGroup: text(dto.hazardGroup),
    componentType: opt(dto.ComponentType?.name),
    crystalCount: opt(dto._metadata?.crystals),
    sampleCount: opt(dto._metadata?.samples),
    dataCollectionCount: opt(dto._metadata?.datacollections),
    pdbCount: opt(dto._metadata?.pdbs),
  };
}

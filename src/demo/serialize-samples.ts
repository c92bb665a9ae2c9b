import { proposalName, type DatasetIndex } from './dataset-index';
import type { BLSampleRow, ComponentRow, CompositionRow, ProteinRow } from './dataset.types';

/**
 * Proteins and samples in the S-branch shape (py-ispyb `ssx-samples`): compositions, crystal
 * sizes and `Crystal.Protein.proteinId`, plus the M keys (`Crystal.proteinId`). Our additions,
 * documented as a py-ispyb extension: `volume` and `support` on the sample, `abundance` on the
 * crystal. Cells and sizes stay floats (S types them as ints and truncates; that is a defect).
 */

export function serializeComponentType(db: DatasetIndex, componentTypeId: number) {
  const type = db.componentTypes.get(componentTypeId);
  return { componentTypeId, name: type?.name ?? '' };
}

export function serializeComponent(db: DatasetIndex, component: ComponentRow) {
  return {
    componentId: component.componentId,
    name: component.name,
    composition: component.composition,
    ComponentType: serializeComponentType(db, component.componentTypeId),
  };
}

function serializeComposition(db: DatasetIndex, row: CompositionRow) {
  const component = db.components.get(row.componentId);
  const concentration =
    row.concentrationTypeId === null
      ? undefined
      : db.concentrationTypes.get(row.concentrationTypeId);
  return {
    Component: component
      ? serializeComponent(db, component)
      : { componentId: row.componentId, name: '', composition: null, ComponentType: null },
    abundance: row.abundance,
    ratio: row.ratio,
    ph: row.ph,
    ConcentrationType: concentration ? { ...concentration } : null,
  };
}

function sampleDataCollections(db: DatasetIndex, blSampleId: number) {
  return (db.groupsBySample.get(blSampleId) ?? []).flatMap((group) =>
    (db.dataCollectionsByGroup.get(group.dataCollectionGroupId) ?? []).map((dc) => ({ group, dc })),
  );
}

export function sampleProposalId(db: DatasetIndex, sample: BLSampleRow): number | null {
  const crystal = db.crystals.get(sample.crystalId);
  const protein = crystal ? db.proteins.get(crystal.proteinId) : undefined;
  return protein?.proposalId ?? null;
}

export function serializeSample(db: DatasetIndex, sample: BLSampleRow) {
  const crystal = db.crystals.get(sample.crystalId);
  const protein = crystal ? db.proteins.get(crystal.proteinId) : undefined;
  const proposal = protein ? db.proposals.get(protein.proposalId) : undefined;
  const container = sample.containerId === null ? undefined : db.containers.get(sample.containerId);
  const collections = sampleDataCollections(db, sample.blSampleId);
  const types = [...new Set(collections.map(({ group }) => group.experimentType))];
  const integrations = collections.flatMap(
    ({ dc }) => db.integrationsByDataCollection.get(dc.dataCollectionId) ?? [],
  );
  const resolutions = integrations.flatMap((integration) =>
    (db.autoProcsByProgram.get(integration.autoProcProgramId) ?? []).flatMap((autoProc) =>
      (db.statisticsByAutoProc.get(autoProc.autoProcId) ?? [])
        .filter((row) => row.scalingStatisticsType === 'overall')
        .map((row) => row.resolutionLimitHigh),
    ),
  );
  return {
    name: sample.name,
    Crystal: {
      Protein: {
        proteinId: protein?.proteinId ?? 0,
        // A string on the wire (a quirk of the real server's schema).
        proposalId: String(protein?.proposalId ?? ''),
        name: protein?.name ?? '',
        acronym: protein?.acronym ?? '',
      },
      cell_a: crystal?.cell_a ?? null,
      cell_b: crystal?.cell_b ?? null,
      cell_c: crystal?.cell_c ?? null,
      cell_alpha: crystal?.cell_alpha ?? null,
      cell_beta: crystal?.cell_beta ?? null,
      cell_gamma: crystal?.cell_gamma ?? null,
      size_X: crystal?.size_X ?? null,
      size_Y: crystal?.size_Y ?? null,
      size_Z: crystal?.size_Z ?? null,
      abundance: crystal?.abundance ?? null,
      crystal_compositions: (db.crystalCompositionsByCrystal.get(sample.crystalId) ?? []).map(
        (row) => serializeComposition(db, row),
      ),
      crystalId: sample.crystalId,
      proteinId: protein?.proteinId ?? 0,
    },
    sample_compositions: (db.sampleCompositionsBySample.get(sample.blSampleId) ?? []).map((row) =>
      serializeComposition(db, row),
    ),
    comments: sample.comments,
    location: sample.location,
    containerId: sample.containerId,
    loopType: sample.loopType,
    volume: sample.volume,
    support: sample.support,
    blSampleId: sample.blSampleId,
    Container: container
      ? {
          code: container.code,
          sampleChangerLocation: container.sampleChangerLocation,
          beamlineLocation: container.beamlineLocation,
        }
      : null,
    _metadata: {
      subsamples: 0,
      datacollections: collections.length,
      types: types.length > 0 ? types : null,
      queued: false,
      strategies: 0,
      autoIntegrations: integrations.length,
      integratedResolution: resolutions.length > 0 ? Math.min(...resolutions) : null,
      proposal: proposal ? proposalName(proposal) : null,
    },
  };
}

export function serializeProtein(db: DatasetIndex, protein: ProteinRow) {
  const crystals = db.data.crystals.filter((crystal) => crystal.proteinId === protein.proteinId);
  const crystalIds = new Set(crystals.map((crystal) => crystal.crystalId));
  const samples = db.data.samples.filter((sample) => crystalIds.has(sample.crystalId));
  const datacollections = samples.reduce(
    (sum, sample) => sum + sampleDataCollections(db, sample.blSampleId).length,
    0,
  );
  return {
    name: protein.name,
    acronym: protein.acronym,
    proposalId: protein.proposalId,
    sequence: protein.sequence,
    density: protein.density,
    molecularMass: protein.molecularMass,
    containmentLevel: protein.containmentLevel,
    hazardGroup: protein.hazardGroup,
    safetyLevel: protein.safetyLevel,
    ComponentType:
      protein.componentTypeId === null ? null : serializeComponentType(db, protein.componentTypeId),
    proteinId: protein.proteinId,
    _metadata: { pdbs: 0, crystals: crystals.length, samples: samples.length, datacollections },
  };
}

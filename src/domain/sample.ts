export interface Protein {
  id: number | undefined;
  proposalId: number | undefined;
  name: string;
  acronym: string;
}

/** A protein as listed by `/proteins`: the identity plus what py-ispyb knows about it. */
export interface ProteinDetails extends Protein {
  sequence: string | undefined;
  /** As stored; ISPyB does not fix the unit (usually kDa). */
  molecularMass: number | undefined;
  density: number | undefined;
  /** Free text on real databases (`GREEN`, …). */
  safetyLevel: string | undefined;
  containmentLevel: string | undefined;
  hazardGroup: string | undefined;
  componentType: string | undefined;
  crystalCount: number | undefined;
  sampleCount: number | undefined;
  dataCollectionCount: number | undefined;
  pdbCount: number | undefined;
}

/** How much of a component there is: exactly one of these is recorded in ISPyB. */
export type Amount =
  | { kind: 'concentration'; value: number; unit: string | undefined }
  | { kind: 'ratio'; value: number }
  | { kind: 'pH'; value: number }
  | { kind: 'none' };

/** Open string: ISPyB has Ligand, Buffer, JetMaterial, Protein, DNA, RNA, Small Molecule, Element. */
export type ComponentType = string;

export interface Component {
  id: number | undefined;
  name: string;
  type: ComponentType;
  composition: string | undefined;
  /** Either an amount or a pH can be present along with it; ISPyB stores them side by side. */
  amount: Amount;
  pH: number | undefined;
}

export interface UnitCell {
  a: number;
  b: number;
  c: number;
  alpha: number;
  beta: number;
  gamma: number;
}

export interface Crystal {
  id: number | undefined;
  protein: Protein;
  /** Nominal cell, when the user gave one. */
  cell: UnitCell | undefined;
  /** Crystal size X/Y/Z in µm. */
  sizeUm: { x: number | undefined; y: number | undefined; z: number | undefined };
  /** Crystal density in the slurry (crystals/mL). */
  abundance: number | undefined;
  components: Component[];
}

export interface Sample {
  id: number;
  name: string;
  comments: string | undefined;
  crystal: Crystal;
  containerId: number | undefined;
  containerCode: string | undefined;
  /** Position in its container. */
  location: number | undefined;
  /** µL */
  volumeUl: number | undefined;
  /** Free text: "Injector", "Chip", "Tape drive"… */
  support: string | undefined;
  components: Component[];
  dataCollectionCount: number | undefined;
  experimentTypes: string[];
  proposalName: string | undefined;
  // Optional so hand-built samples (forms, demo data) need not fill them.
  subSampleCount?: number | undefined;
  /** Å, best resolution of its auto-processing, as py-ispyb computes it. */
  integratedResolutionA?: number | undefined;
  loopType?: string | undefined;
}

/** A sample is a slurry when it is described by crystal density / components rather than a pin. */
export function isSlurry(
  sample: Pick<Sample, 'crystal' | 'components' | 'support' | 'volumeUl'>,
): boolean {
  return (
    sample.crystal.abundance !== undefined ||
    sample.volumeUl !== undefined ||
    sample.support !== undefined ||
    sample.components.length > 0 ||
    sample.crystal.components.length > 0
  );
}

export type SampleKind = 'slurry' | 'pin';

/** What the samples list filters on: a slurry (SSX) or a classic pin-mounted crystal. */
export function sampleKind(
  sample: Pick<Sample, 'crystal' | 'components' | 'support' | 'volumeUl'>,
): SampleKind {
  return isSlurry(sample) ? 'slurry' : 'pin';
}

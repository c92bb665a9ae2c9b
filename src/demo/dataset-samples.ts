import { toIsoLocal } from './dates.util';
import type { DatasetBuilder, DemoClock } from './dataset-builder';
import { componentTypeId, concentrationTypeId } from './dataset-lookups';
import type { CellParameters, SafetyLevel, SampleSupport } from './dataset.types';
import type { Rng } from './random';

/** Mean cells from the SSX primer (plus a few classic targets). */
export const CELLS = {
  HEWL: [79.1, 79.1, 38.0, 90, 90, 90],
  THAU: [58.6, 58.6, 151.6, 90, 90, 90],
  PYP: [66.9, 66.9, 40.8, 90, 90, 120],
  MB: [64.2, 30.9, 34.8, 90, 105.8, 90],
  /** Sperm-whale myoglobin's hexagonal P6 form: the "second lattice" seen in one LCP batch. */
  MB_P6: [91.2, 91.2, 45.9, 90, 90, 120],
  CDK2: [53.4, 71.7, 72.3, 90, 90, 90],
  AURKA: [81.7, 81.7, 172.2, 90, 90, 120],
  CEL5A: [48.3, 71.2, 96.4, 90, 90, 90],
  CEL5B: [45.1, 86.3, 52.7, 90, 101.2, 90],
} as const satisfies Record<string, CellParameters>;

export const SPACE_GROUPS: Record<keyof typeof CELLS, string> = {
  HEWL: 'P43212',
  THAU: 'P41212',
  PYP: 'P63',
  MB: 'P21',
  MB_P6: 'P6',
  CDK2: 'P212121',
  AURKA: 'P6122',
  CEL5A: 'P212121',
  CEL5B: 'P21',
};

interface ProteinSpec {
  key: string;
  proposal: string;
  name: string;
  acronym: string;
  sequence: string | null;
  mass: number | null;
  safety: SafetyLevel | null;
}

const PROTEINS: readonly ProteinSpec[] = [
  {
    key: 'MX2532:PYP',
    proposal: 'MX2532',
    name: 'Photoactive yellow protein',
    acronym: 'PYP',
    sequence:
      'MEHVAFGSEDIENTLAKMDDGQLDGLAFGAIQLDGDGNILQYNAAEGDITGRDPKQVIGKNFFKDVAPCTDSPEFYGKFKEGVASGNLNTMFEYTFDYQMTPTKVKVHMKKALSGDSYWVFVKRV',
    mass: 13.9,
    safety: 'GREEN',
  },
  {
    key: 'MX2601:HEWL',
    proposal: 'MX2601',
    name: 'Lysozyme C (hen egg white)',
    acronym: 'HEWL',
    sequence:
      'KVFGRCELAAAMKRHGLDNYRGYSLGNWVCAAKFESNFNTQATNRNTDGSTDYGILQINSRWWCNDGRTPGSRNLCNIPCSALLSSDITASVNCAKKIVSDGNGMNAWVAWRNRCKGTDVQAWIRGCRL',
    mass: 14.3,
    safety: 'GREEN',
  },
  {
    key: 'LS3180:MB',
    proposal: 'LS3180',
    name: 'Myoglobin (sperm whale)',
    acronym: 'SWMb',
    sequence:
      'MVLSEGEWQLVLHVWAKVEADVAGHGQDILIRLFKSHPETLEKFDRFKHLKTEAEMKASEDLKKHGVTVLTALGAILKKKGHHEAELKPLAQSHATKHKIPIKYLEFISEAIIHVLHSRHPGDFGADAQGAMNKALELFRKDIAAKYKELGYQG',
    mass: 17.2,
    safety: 'GREEN',
  },
  {
    key: 'MX2610:CDK2',
    proposal: 'MX2610',
    name: 'Cyclin-dependent kinase 2',
    acronym: 'CDK2',
    sequence: null,
    mass: 33.9,
    safety: 'GREEN',
  },
  {
    key: 'MX2610:AURKA',
    proposal: 'MX2610',
    name: 'Aurora kinase A, catalytic domain',
    acronym: 'AURKA',
    sequence: null,
    mass: 32.1,
    safety: 'YELLOW',
  },
  {
    key: 'IX0042:THAU',
    proposal: 'IX0042',
    name: 'Thaumatin I',
    acronym: 'THAU',
    sequence: null,
    mass: 22.2,
    safety: 'GREEN',
  },
  {
    key: 'MX2417:CEL5A',
    proposal: 'MX2417',
    name: 'Endoglucanase Cel5A',
    acronym: 'CEL5A',
    sequence: null,
    mass: 38.4,
    safety: null,
  },
  {
    key: 'MX2417:CEL5B',
    proposal: 'MX2417',
    name: 'Endoglucanase Cel5B',
    acronym: 'CEL5B',
    sequence: null,
    mass: 41.0,
    safety: null,
  },
  {
    key: 'MX2545:THAU',
    proposal: 'MX2545',
    name: 'Thaumatin (Thaumatococcus daniellii)',
    acronym: 'THAU',
    sequence: null,
    mass: 22.2,
    safety: 'GREEN',
  },
  {
    key: 'MX2545:HEWL',
    proposal: 'MX2545',
    name: 'Lysozyme C (hen egg white)',
    acronym: 'HEWL',
    sequence: null,
    mass: 14.3,
    safety: 'GREEN',
  },
  {
    key: 'LS3205:EMRE',
    proposal: 'LS3205',
    name: 'Multidrug transporter EmrE',
    acronym: 'EmrE',
    sequence: null,
    mass: 12.0,
    safety: null,
  },
];

type Amount =
  { concentration: number; unit: string } | { ratio: number } | { ph: number } | { none: true };

interface CompositionSpec {
  name: string;
  type: 'Ligand' | 'Buffer' | 'JetMaterial';
  composition: string;
  amount: Amount;
}

interface CrystalSpec {
  protein: string;
  cell: keyof typeof CELLS | null;
  /** µm */
  size: readonly [number, number, number] | null;
  /** crystals / mL */
  abundance: number | null;
  compositions: readonly CompositionSpec[];
}

interface SampleSpec {
  key: string;
  name: string;
  crystal: CrystalSpec;
  support: SampleSupport | null;
  /** µL */
  volume: number | null;
  loopType: string | null;
  comments: string | null;
  compositions: readonly CompositionSpec[];
}

interface ContainerSpec {
  code: string;
  type: 'Unipuck' | 'Tube rack' | 'Box' | 'Spinepuck';
  capacity: number;
  beamlineLocation: string | null;
  sampleChangerLocation: string | null;
  status: string | null;
  samples: readonly SampleSpec[];
}

interface ShipmentSpec {
  proposal: string;
  name: string;
  status: string;
  safety: SafetyLevel | null;
  sending: string | null;
  returning: string | null;
  comments: string | null;
  day: number;
  dewars: readonly {
    code: string;
    status: string;
    type: 'Dewar' | 'Toolbox' | 'Parcel';
    containers: readonly ContainerSpec[];
  }[];
}

const NAOAC: CompositionSpec = {
  name: 'Sodium acetate pH 4.6',
  type: 'Buffer',
  composition: '0.1 M sodium acetate pH 4.6',
  amount: { ph: 4.6 },
};
const NACL: CompositionSpec = {
  name: 'NaCl',
  type: 'Buffer',
  composition: '1.2 M NaCl',
  amount: { concentration: 1.2, unit: 'M' },
};
const TARTRATE: CompositionSpec = {
  name: 'Na/K tartrate',
  type: 'Buffer',
  composition: '0.8 M sodium potassium tartrate',
  amount: { concentration: 0.8, unit: 'M' },
};
const ADA: CompositionSpec = {
  name: 'ADA pH 6.5',
  type: 'Buffer',
  composition: '0.1 M N-(2-acetamido)iminodiacetic acid pH 6.5',
  amount: { ph: 6.5 },
};
const AMSO4_PYP: CompositionSpec = {
  name: 'Ammonium sulfate',
  type: 'Buffer',
  composition: '2.6 M (NH4)2SO4',
  amount: { concentration: 2.6, unit: 'M' },
};
const NAPI_PYP: CompositionSpec = {
  name: 'Sodium phosphate pH 7.0',
  type: 'Buffer',
  composition: '50 mM sodium phosphate pH 7.0',
  amount: { ph: 7.0 },
};

function pins(
  prefix: string,
  count: number,
  protein: string,
  cell: keyof typeof CELLS,
  compositions: readonly CompositionSpec[] = [],
): SampleSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${prefix}_${String(i + 1).padStart(2, '0')}`;
    return {
      key: name,
      name,
      crystal: { protein, cell, size: null, abundance: null, compositions },
      support: null,
      volume: null,
      loopType: i % 3 === 2 ? 'Mesh' : 'Litholoop',
      comments: null,
      compositions: [],
    };
  });
}

const SHIPMENTS: readonly ShipmentSpec[] = [
  {
    proposal: 'MX2532',
    name: 'PYP TR-SSX slurries and reference pins',
    status: 'processing',
    safety: 'GREEN',
    sending: 'Marchetti-IBS',
    returning: 'Grant-IBS',
    comments: 'Slurry tubes at 20 °C in the tube rack, do NOT freeze. Pins in the puck.',
    day: -16,
    dewars: [
      {
        code: 'IBS-MX2532-D1',
        status: 'processing',
        type: 'Dewar',
        containers: [
          {
            code: 'PYP-RACK-1',
            type: 'Tube rack',
            capacity: 8,
            beamlineLocation: 'ID29',
            sampleChangerLocation: null,
            status: 'processing',
            samples: [
              {
                key: 'PYP_slurry_A',
                name: 'PYP_slurry_A',
                crystal: {
                  protein: 'MX2532:PYP',
                  cell: 'PYP',
                  size: [15, 15, 8],
                  abundance: 2e8,
                  compositions: [AMSO4_PYP, NAPI_PYP],
                },
                support: 'Chip',
                volume: 200,
                loopType: null,
                comments: 'Batch 2024-11, seeded, 15 µm needles',
                compositions: [
                  {
                    name: 'Storage buffer',
                    type: 'Buffer',
                    composition: '3.0 M (NH4)2SO4, 20 mM Tris pH 7.5',
                    amount: { ph: 7.5 },
                  },
                ],
              },
              {
                key: 'PYP_slurry_B',
                name: 'PYP_slurry_B',
                crystal: {
                  protein: 'MX2532:PYP',
                  cell: 'PYP',
                  size: [10, 10, 5],
                  abundance: 5e8,
                  compositions: [AMSO4_PYP, NAPI_PYP],
                },
                support: 'Chip',
                volume: 150,
                loopType: null,
                comments: 'Spare batch',
                compositions: [],
              },
            ],
          },
          {
            code: 'PYP-PUCK-1',
            type: 'Unipuck',
            capacity: 16,
            beamlineLocation: 'ID29',
            sampleChangerLocation: '4',
            status: 'processing',
            samples: pins('PYP_xtal', 3, 'MX2532:PYP', 'PYP'),
          },
        ],
      },
    ],
  },
  {
    proposal: 'MX2601',
    name: 'HEWL mix-and-inject',
    status: 'returned',
    safety: 'GREEN',
    sending: 'Raman-IBS',
    returning: 'Raman-IBS',
    comments: 'Slurries shipped at 4 °C; ligand stock in the box.',
    day: -44,
    dewars: [
      {
        code: 'IBS-MX2601-D1',
        status: 'returned',
        type: 'Dewar',
        containers: [
          {
            code: 'HEWL-BOX-1',
            type: 'Box',
            capacity: 10,
            beamlineLocation: null,
            sampleChangerLocation: null,
            status: 'returned',
            samples: [
              {
                key: 'HEWL_slurry_1',
                name: 'HEWL_slurry_1',
                crystal: {
                  protein: 'MX2601:HEWL',
                  cell: 'HEWL',
                  size: [4, 4, 3],
                  abundance: 8e8,
                  compositions: [NAOAC, NACL],
                },
                support: 'Injector',
                volume: 500,
                loopType: null,
                comments: 'Filtered through 10 µm mesh for the GDVN',
                compositions: [
                  {
                    name: 'GlcNAc3',
                    type: 'Ligand',
                    composition: 'tri-N-acetylchitotriose, mixed in line',
                    amount: { concentration: 0.05, unit: 'M' },
                  },
                  {
                    name: 'PEG 6000',
                    type: 'Buffer',
                    composition: '20 % (w/v) PEG 6000',
                    amount: { concentration: 20, unit: '%(w/v)' },
                  },
                ],
              },
              {
                key: 'HEWL_slurry_2',
                name: 'HEWL_slurry_2',
                crystal: {
                  protein: 'MX2601:HEWL',
                  cell: 'HEWL',
                  size: [5, 5, 4],
                  abundance: 6e8,
                  compositions: [NAOAC, NACL],
                },
                support: 'Injector',
                volume: 500,
                loopType: null,
                comments: null,
                compositions: [],
              },
            ],
          },
          {
            code: 'HEWL-PUCK-1',
            type: 'Unipuck',
            capacity: 16,
            beamlineLocation: 'ID29',
            sampleChangerLocation: null,
            status: 'returned',
            samples: pins('HEWL_ref', 2, 'MX2601:HEWL', 'HEWL', [NAOAC, NACL]),
          },
        ],
      },
    ],
  },
  {
    // Incomplete on purpose: no lab contacts, no safety level (facility staff must chase it).
    proposal: 'LS3180',
    name: 'Mb LCP syringes',
    status: 'at facility',
    safety: null,
    sending: null,
    returning: null,
    comments: null,
    day: -63,
    dewars: [
      {
        code: 'GU-LS3180-P1',
        status: 'at facility',
        type: 'Parcel',
        containers: [
          {
            code: 'MB-BOX-1',
            type: 'Box',
            capacity: 6,
            beamlineLocation: null,
            sampleChangerLocation: null,
            status: null,
            samples: [
              {
                key: 'Mb_LCP_batch1',
                name: 'Mb_LCP_batch1',
                crystal: {
                  protein: 'LS3180:MB',
                  cell: null,
                  size: [20, 20, 5],
                  abundance: 2e7,
                  compositions: [
                    {
                      name: 'Ammonium sulfate',
                      type: 'Buffer',
                      composition: '3.0 M (NH4)2SO4, 0.1 M Tris pH 8.0',
                      amount: { concentration: 3.0, unit: 'M' },
                    },
                    {
                      name: 'Myoglobin stock',
                      type: 'Buffer',
                      composition: 'metMb 40 mg/ml in 20 mM Tris pH 8.0',
                      amount: { concentration: 40, unit: 'mg/ml' },
                    },
                  ],
                },
                support: 'Injector',
                volume: 40,
                loopType: null,
                comments: 'Two 100 µL Hamilton syringes',
                compositions: [
                  {
                    name: 'monoolein',
                    type: 'JetMaterial',
                    composition: '1-oleoyl-rac-glycerol (9.9 MAG)',
                    amount: { concentration: 60, unit: '%(v/v)' },
                  },
                  {
                    name: 'LCP',
                    type: 'JetMaterial',
                    composition: 'lipidic cubic phase, monoolein : protein solution 3:2',
                    amount: { ratio: 1.5 },
                  },
                ],
              },
              {
                key: 'Mb_LCP_batch2',
                name: 'Mb_LCP_batch2',
                crystal: {
                  protein: 'LS3180:MB',
                  cell: null,
                  size: [25, 25, 8],
                  abundance: 1e7,
                  compositions: [],
                },
                support: 'Injector',
                volume: 40,
                loopType: null,
                comments: null,
                compositions: [
                  {
                    name: 'LCP',
                    type: 'JetMaterial',
                    composition: 'lipidic cubic phase, monoolein : protein solution 3:2',
                    amount: { ratio: 1.5 },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    proposal: 'MX2610',
    name: 'Kinases - CDK2 inhibitor series',
    status: 'returned',
    safety: 'GREEN',
    sending: 'Tanaka-MPI',
    returning: 'Weber-MPI',
    comments: null,
    day: -24,
    dewars: [
      {
        code: 'MPI-MX2610-D1',
        status: 'returned',
        type: 'Dewar',
        containers: [
          {
            code: 'CDK2-PUCK-1',
            type: 'Unipuck',
            capacity: 16,
            beamlineLocation: 'ID23-2',
            sampleChangerLocation: null,
            status: 'returned',
            samples: pins('CDK2_inh', 6, 'MX2610:CDK2', 'CDK2', [
              {
                name: 'Inhibitor MPI-117',
                type: 'Ligand',
                composition: 'soaked 2 h, 2 mM in 5 % DMSO',
                amount: { concentration: 0.002, unit: 'M' },
              },
            ]),
          },
        ],
      },
    ],
  },
  {
    proposal: 'MX2610',
    name: 'Kinases - Aurora A',
    status: 'processing',
    safety: 'YELLOW',
    sending: 'Tanaka-MPI',
    returning: 'Tanaka-MPI',
    comments: 'Expression host E. coli BL21, no hazard; YELLOW for the inhibitor (cytotoxic).',
    // registered today (demo clock), so staff's "today's shipments" is never empty
    day: 0,
    dewars: [
      {
        code: 'MPI-MX2610-D2',
        status: 'processing',
        type: 'Dewar',
        containers: [
          {
            code: 'AURKA-PUCK-1',
            type: 'Unipuck',
            capacity: 16,
            beamlineLocation: 'ID30A-3',
            sampleChangerLocation: '7',
            status: 'processing',
            samples: pins('AURKA', 4, 'MX2610:AURKA', 'AURKA'),
          },
        ],
      },
    ],
  },
  {
    proposal: 'IX0042',
    name: 'THAU fragments batch 7',
    status: 'returned',
    safety: 'GREEN',
    sending: 'Keller-Novalis',
    returning: 'Keller-Novalis',
    comments: 'Proprietary fragments; return all pins.',
    day: -205,
    dewars: [
      {
        code: 'NOV-IX0042-D7',
        status: 'returned',
        type: 'Dewar',
        containers: [
          {
            code: 'IX-PUCK-7',
            type: 'Unipuck',
            capacity: 16,
            beamlineLocation: 'BM07',
            sampleChangerLocation: null,
            status: 'returned',
            samples: pins('thau_frag', 8, 'IX0042:THAU', 'THAU', [TARTRATE]),
          },
        ],
      },
    ],
  },
  {
    proposal: 'MX2417',
    name: 'Cel5 rotation',
    status: 'returned',
    safety: 'GREEN',
    sending: 'Ribeiro-i3S',
    returning: 'Ribeiro-i3S',
    comments: null,
    day: -305,
    dewars: [
      {
        code: 'I3S-MX2417-D1',
        status: 'returned',
        type: 'Dewar',
        containers: [
          {
            code: 'CEL-PUCK-1',
            type: 'Spinepuck',
            capacity: 10,
            beamlineLocation: 'ID23-2',
            sampleChangerLocation: null,
            status: 'returned',
            samples: [
              ...pins('Cel5A', 3, 'MX2417:CEL5A', 'CEL5A'),
              ...pins('Cel5B', 3, 'MX2417:CEL5B', 'CEL5B'),
            ],
          },
        ],
      },
    ],
  },
  {
    proposal: 'MX2545',
    name: 'ID29 SSX standards',
    status: 'at facility',
    safety: 'GREEN',
    sending: 'Moreau-ESRF',
    returning: 'Moreau-ESRF',
    comments: 'In-house: kept in the ID29 cold room.',
    day: -7,
    dewars: [
      {
        code: 'ESRF-ID29-STD',
        status: 'at facility',
        type: 'Toolbox',
        containers: [
          {
            code: 'STD-RACK-1',
            type: 'Tube rack',
            capacity: 12,
            beamlineLocation: 'ID29',
            sampleChangerLocation: null,
            status: 'at facility',
            samples: [
              {
                key: 'THAU_slurry_std',
                name: 'THAU_slurry_std',
                crystal: {
                  protein: 'MX2545:THAU',
                  cell: null,
                  size: [20, 20, 20],
                  abundance: 1e8,
                  compositions: [TARTRATE, ADA],
                },
                support: 'Chip',
                volume: 300,
                loopType: null,
                comments: 'Bipyramids, 15-25 µm',
                compositions: [],
              },
              {
                key: 'HEWL_slurry_std',
                name: 'HEWL_slurry_std',
                crystal: {
                  protein: 'MX2545:HEWL',
                  cell: 'HEWL',
                  size: [8, 8, 6],
                  abundance: 5e8,
                  compositions: [NAOAC, NACL],
                },
                support: 'Chip',
                volume: 300,
                loopType: null,
                comments: null,
                compositions: [],
              },
              {
                key: 'HEWL_tape_std',
                name: 'HEWL_tape_std',
                crystal: {
                  protein: 'MX2545:HEWL',
                  cell: 'HEWL',
                  size: [6, 6, 4],
                  abundance: 7e8,
                  compositions: [NAOAC, NACL],
                },
                support: 'Tape drive',
                volume: 1000,
                loopType: null,
                comments: 'For the tape-drive prototype',
                compositions: [
                  {
                    name: 'Hydroxyethyl cellulose',
                    type: 'JetMaterial',
                    composition: 'HEC carrier medium',
                    amount: { concentration: 2, unit: '%(w/v)' },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    // Registered before the safety form came back: safety level still unknown.
    proposal: 'LS3205',
    name: 'EmrE LCP - planned',
    status: 'opened',
    safety: null,
    sending: 'Bernard-IBS',
    returning: null,
    comments: 'Awaiting safety form',
    day: 0,
    dewars: [{ code: 'IBS-LS3205-D1', status: 'opened', type: 'Dewar', containers: [] }],
  },
];

/** Registered by the beamline's SSX webservice: no container, as W/S create them. */
const CONTAINERLESS_SAMPLES: readonly SampleSpec[] = [
  {
    key: 'PYP_HARE_chip_C',
    name: 'PYP_HARE_chip_C',
    crystal: {
      protein: 'MX2532:PYP',
      cell: null,
      size: [12, 12, 6],
      abundance: 3e8,
      compositions: [AMSO4_PYP],
    },
    support: 'Chip',
    volume: 120,
    loopType: null,
    comments: null,
    compositions: [],
  },
];

/** The earlier of two ISO local times (same format, so they compare as strings). */
function earliest(a: string, b: string): string {
  return a < b ? a : b;
}

function proposalOf(key: string): string {
  return key.split(':')[0] ?? key;
}

/**
 * Proteins, crystals, samples (slurries and pins), components and compositions, shipments with
 * dewars and containers. Remembers `protein:<proposal>:<ACRONYM>` and `sample:<name>`.
 */
export function addSamples(b: DatasetBuilder, rng: Rng, clock: DemoClock): void {
  const recorded = (days: number): string =>
    toIsoLocal(clock.at(days, rng.int(8, 17), rng.int(0, 59)));

  for (const spec of PROTEINS) {
    b.data.proteins.push({
      proteinId: b.remember(`protein:${spec.key}`, b.nextId('proteins')),
      proposalId: b.ref(`proposal:${spec.proposal}`),
      name: spec.name,
      acronym: spec.acronym,
      sequence: spec.sequence,
      density: null,
      molecularMass: spec.mass,
      containmentLevel: '1',
      hazardGroup: '1',
      safetyLevel: spec.safety,
      componentTypeId: null,
    });
  }

  const componentIds = new Map<string, number>();
  const componentFor = (proposal: string, spec: CompositionSpec): number => {
    const key = `${proposal}:${spec.name}`;
    const known = componentIds.get(key);
    if (known !== undefined) return known;
    const componentId = b.nextId('components');
    componentIds.set(key, componentId);
    b.remember(`component:${key}`, componentId);
    b.data.components.push({
      componentId,
      componentTypeId: componentTypeId(spec.type),
      proposalId: b.ref(`proposal:${proposal}`),
      name: spec.name,
      composition: spec.composition,
    });
    return componentId;
  };
  const composition = (
    proposal: string,
    spec: CompositionSpec,
    owner: { blSampleId: number } | { crystalId: number },
    id: number,
  ) => ({
    compositionId: id,
    componentId: componentFor(proposal, spec),
    blSampleId: 'blSampleId' in owner ? owner.blSampleId : null,
    crystalId: 'crystalId' in owner ? owner.crystalId : null,
    concentrationTypeId:
      'concentration' in spec.amount ? concentrationTypeId(spec.amount.unit) : null,
    abundance: 'concentration' in spec.amount ? spec.amount.concentration : null,
    ratio: 'ratio' in spec.amount ? spec.amount.ratio : null,
    ph: 'ph' in spec.amount ? spec.amount.ph : null,
  });

  const addSample = (spec: SampleSpec, containerId: number | null, location: number | null) => {
    const proposal = proposalOf(spec.crystal.protein);
    const crystalId = b.nextId('crystals');
    const cell = spec.crystal.cell ? CELLS[spec.crystal.cell] : null;
    b.data.crystals.push({
      crystalId,
      proteinId: b.ref(`protein:${spec.crystal.protein}`),
      spaceGroup: spec.crystal.cell ? SPACE_GROUPS[spec.crystal.cell] : null,
      cell_a: cell ? cell[0] : null,
      cell_b: cell ? cell[1] : null,
      cell_c: cell ? cell[2] : null,
      cell_alpha: cell ? cell[3] : null,
      cell_beta: cell ? cell[4] : null,
      cell_gamma: cell ? cell[5] : null,
      size_X: spec.crystal.size ? spec.crystal.size[0] : null,
      size_Y: spec.crystal.size ? spec.crystal.size[1] : null,
      size_Z: spec.crystal.size ? spec.crystal.size[2] : null,
      abundance: spec.crystal.abundance,
      comments: null,
    });
    for (const part of spec.crystal.compositions) {
      b.data.crystalCompositions.push(
        composition(proposal, part, { crystalId }, b.nextId('crystalCompositions')),
      );
    }
    const blSampleId = b.remember(`sample:${spec.key}`, b.nextId('samples'));
    b.data.samples.push({
      blSampleId,
      crystalId,
      containerId,
      name: spec.name,
      comments: spec.comments,
      location,
      loopType: spec.loopType,
      volume: spec.volume,
      support: spec.support,
      recordTimeStamp: recorded(-60),
    });
    for (const part of spec.compositions) {
      b.data.sampleCompositions.push(
        composition(proposal, part, { blSampleId }, b.nextId('sampleCompositions')),
      );
    }
  };

  for (const shipment of SHIPMENTS) {
    const shippingId = b.nextId('shippings');
    b.data.shippings.push({
      shippingId,
      proposalId: b.ref(`proposal:${shipment.proposal}`),
      shippingName: shipment.name,
      shippingStatus: shipment.status,
      comments: shipment.comments,
      sendingLabContactId: shipment.sending ? b.ref(`labcontact:${shipment.sending}`) : null,
      returnLabContactId: shipment.returning ? b.ref(`labcontact:${shipment.returning}`) : null,
      safetyLevel: shipment.safety,
      // never after the demo's "now": a shipment registered today at a time still to come
      // would be a shipment from the future (the rng is drawn either way, so data stay stable)
      bltimeStamp: earliest(recorded(shipment.day), toIsoLocal(clock.now)),
    });
    for (const dewar of shipment.dewars) {
      const dewarId = b.nextId('dewars');
      b.data.dewars.push({
        dewarId,
        shippingId,
        code: dewar.code,
        barCode: `DW${String(dewarId).padStart(6, '0')}`,
        dewarStatus: dewar.status,
        type: dewar.type,
      });
      for (const container of dewar.containers) {
        const containerId = b.nextId('containers');
        b.data.containers.push({
          containerId,
          dewarId,
          code: container.code,
          containerType: container.type,
          capacity: container.capacity,
          sampleChangerLocation: container.sampleChangerLocation,
          beamlineLocation: container.beamlineLocation,
          containerStatus: container.status,
        });
        container.samples.forEach((sample, index) => addSample(sample, containerId, index + 1));
      }
    }
  }

  for (const sample of CONTAINERLESS_SAMPLES) addSample(sample, null, null);
}

import { describe, expect, it } from 'vitest';
import { isSlurry } from '../../domain/sample';
import { mapPage } from './common.mapper';
import { proteinPageSchema, proteinSchema } from './proteins.dto';
import { mapProtein } from './proteins.mapper';
import { compositionSchema, samplePageSchema, sampleSchema } from './samples.dto';
import { mapAmount, mapComposition, mapSample } from './samples.mapper';
import { branchResponse, firstIssuePath, recorded } from '../../testing/fixtures';

describe('proteins', () => {
  it('maps the recorded list (containmentLevel sent as a string)', () => {
    const page = mapPage(proteinPageSchema.parse(recorded('proteins')), mapProtein);
    expect(page.total).toBe(42);
    expect(page.items.map((p) => p.acronym)).toEqual(['comp1', 'P4H', 'Lys']);
    expect(page.items[1]).toEqual({
      id: 382871,
      proposalId: 9096,
      name: 'Prolyl-4-hydroxylase',
      acronym: 'P4H',
      sequence: undefined,
      molecularMass: undefined,
      density: undefined,
      safetyLevel: 'GREEN',
      containmentLevel: '1',
      hazardGroup: '1',
      componentType: undefined,
      crystalCount: 1,
      sampleCount: 0,
      dataCollectionCount: 0,
      pdbCount: 0,
    });
  });

  it('maps the master list and detail', () => {
    const [listed] = mapPage(
      proteinPageSchema.parse(branchResponse('master', '/proteins?proposal=MX1234')),
      mapProtein,
    ).items;
    expect(listed).toMatchObject({
      id: 1,
      acronym: 'HEWL',
      sequence: 'KVFGRCELAAAMKRHGLDNY',
      molecularMass: 14.3,
      dataCollectionCount: 1,
    });
    expect(mapProtein(proteinSchema.parse(branchResponse('master-extra', '/proteins/1')))).toEqual(
      listed,
    );
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(branchResponse('master-extra', '/proteins/1')) as Record<
      string,
      unknown
    >;
    dto.acronym = 7;
    expect(firstIssuePath(proteinSchema.safeParse(dto))).toBe('acronym');
  });
});

describe('samples on master / ssx-webservice', () => {
  it('maps the recorded list and detail (string proposalId, null types)', () => {
    const expected = {
      id: 1,
      name: 'sample1',
      comments: undefined,
      crystal: {
        id: 1,
        protein: { id: 1, proposalId: 1, name: 'Component 1', acronym: 'comp1' },
        cell: undefined,
        sizeUm: { x: undefined, y: undefined, z: undefined },
        abundance: undefined,
        components: [],
      },
      containerId: 1,
      containerCode: 'blc00001-1_Container1',
      location: 1,
      volumeUl: undefined,
      support: undefined,
      components: [],
      dataCollectionCount: 0,
      experimentTypes: [],
      proposalName: 'blc00001',
      subSampleCount: 3,
      integratedResolutionA: undefined,
      loopType: undefined,
    };
    expect(mapPage(samplePageSchema.parse(recorded('samples')), mapSample).items).toEqual([
      expected,
    ]);
    const detail = mapSample(sampleSchema.parse(recorded('sample-detail')));
    expect(detail).toEqual(expected);
    expect(isSlurry(detail)).toBe(false);
  });

  it('maps a pin sample with a cell', () => {
    for (const branch of ['master', 'ssx-webservice'] as const) {
      const sample = mapSample(sampleSchema.parse(branchResponse(branch, '/samples/1')));
      expect(sample.crystal.cell).toEqual({
        a: 79.1,
        b: 79.1,
        c: 38.0,
        alpha: 90,
        beta: 90,
        gamma: 90,
      });
      expect(sample).toMatchObject({
        name: 'hewl_x1',
        comments: 'rotation test crystal',
        containerCode: 'PUCK-1',
        experimentTypes: ['OSC'],
        integratedResolutionA: 1.6,
        proposalName: 'MX1234',
      });
      expect(sample.crystal.protein).toEqual({
        id: 1,
        proposalId: 1,
        name: 'Hen egg-white lysozyme',
        acronym: 'HEWL',
      });
    }
  });
});

describe('samples with compositions (ssx-samples branch)', () => {
  it('maps a container-less SSX slurry sample', () => {
    const sample = mapSample(sampleSchema.parse(branchResponse('ssx-samples', '/samples/2')));
    expect(sample).toMatchObject({
      id: 2,
      name: 'hewl_slurry_1',
      containerId: undefined,
      containerCode: undefined,
      location: undefined,
      experimentTypes: ['SSX-Chip'],
      loopType: undefined,
    });
    expect(sample.crystal).toEqual({
      id: 2,
      protein: { id: 2, proposalId: 1, name: 'Hen egg-white lysozyme', acronym: 'HEWL2' },
      cell: undefined,
      sizeUm: { x: 10, y: 10, z: 5 },
      abundance: undefined,
      components: [
        {
          id: 1,
          name: 'NaCl',
          type: 'Buffer',
          composition: 'NaCl 1M',
          amount: { kind: 'concentration', value: 0.5, unit: undefined },
          pH: undefined,
        },
      ],
    });
    expect(sample.components).toEqual([
      {
        id: 2,
        name: 'ligand-X',
        type: 'Ligand',
        composition: 'C6H12O6',
        amount: { kind: 'concentration', value: 2, unit: undefined },
        pH: undefined,
      },
    ]);
    expect(isSlurry(sample)).toBe(true);
  });

  it('maps the list, including the integer-typed cell of the pin sample', () => {
    const page = mapPage(
      samplePageSchema.parse(branchResponse('ssx-samples', '/samples?proposal=MX1234')),
      mapSample,
    );
    expect(page.items.map((s) => s.name)).toEqual(['hewl_slurry_1', 'hewl_x1']);
    // ssx-samples types cell_* as int: 79.1 arrives as 79, and is kept as sent
    expect(page.items[1]?.crystal.cell).toEqual({
      a: 79,
      b: 79,
      c: 38,
      alpha: 90,
      beta: 90,
      gamma: 90,
    });
    // on S the protein id is nested in Protein, not on the Crystal
    expect(page.items[1]?.crystal.protein.id).toBe(1);
    expect(page.items[1]?.components).toEqual([]);
  });

  it('reads the demo extensions: volume, support and crystal abundance', () => {
    const dto = structuredClone(branchResponse('ssx-samples', '/samples/2')) as Record<
      string,
      unknown
    > & { Crystal: Record<string, unknown> };
    dto.volume = 50;
    dto.support = 'Oxford chip';
    dto.Crystal.abundance = 1.5e7;
    const sample = mapSample(sampleSchema.parse(dto));
    expect(sample.volumeUl).toBe(50);
    expect(sample.support).toBe('Oxford chip');
    expect(sample.crystal.abundance).toBe(1.5e7);
  });
});

describe('compositions', () => {
  const base = {
    Component: {
      componentId: 9,
      name: 'LCP',
      composition: 'monoolein',
      ComponentType: { componentTypeId: 7, name: 'JetMaterial' },
    },
    abundance: null,
    ratio: null,
    ph: null,
    ConcentrationType: null,
  };

  it('takes the unit from ConcentrationType.symbol', () => {
    const dto = compositionSchema.parse({
      ...base,
      abundance: 0.1,
      ConcentrationType: { concentrationTypeId: 1, name: 'Molar', symbol: 'M' },
    });
    expect(mapAmount(dto)).toEqual({ kind: 'concentration', value: 0.1, unit: 'M' });
  });

  it('reads a ratio, or nothing', () => {
    expect(mapAmount(compositionSchema.parse({ ...base, ratio: 1.5 }))).toEqual({
      kind: 'ratio',
      value: 1.5,
    });
    expect(mapAmount(compositionSchema.parse(base))).toEqual({ kind: 'none' });
  });

  it('reads pH from ESRF `ph` or DLS `pH`', () => {
    expect(mapComposition(compositionSchema.parse({ ...base, ph: 4.6 })).pH).toBe(4.6);
    const dls: Partial<typeof base> & { pH: number } = { ...base, pH: 7.5 };
    delete dls.ph;
    expect(mapComposition(compositionSchema.parse(dls)).pH).toBe(7.5);
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(branchResponse('ssx-samples', '/samples/2')) as {
      sample_compositions: [{ Component: Record<string, unknown> }];
    };
    delete dto.sample_compositions[0].Component.ComponentType;
    expect(firstIssuePath(sampleSchema.safeParse(dto))).toBe(
      'sample_compositions[0].Component.ComponentType',
    );
  });
});

describe('sample contract violations', () => {
  it('names a missing required field', () => {
    const dto = structuredClone(recorded('sample-detail')) as { Crystal: Record<string, unknown> };
    delete dto.Crystal.Protein;
    expect(firstIssuePath(sampleSchema.safeParse(dto))).toBe('Crystal.Protein');
  });

  it('rejects a nullable field that went missing', () => {
    const dto = structuredClone(recorded('sample-detail')) as Record<string, unknown>;
    delete dto.comments;
    expect(firstIssuePath(sampleSchema.safeParse(dto))).toBe('comments');
  });
});

import { describe, expect, it } from 'vitest';
import { generateDataset } from './dataset';
import { TEST_NOW } from './demo-testing.util';
import { DEMO_SEED } from './index';

const dataset = generateDataset({ seed: DEMO_SEED, now: TEST_NOW });
const personId = (login: string) => dataset.persons.find((p) => p.login === login)?.personId;
const proposalId = (name: string) =>
  dataset.proposals.find((p) => `${p.proposalCode}${p.proposalNumber}` === name)?.proposalId;

describe('generateDataset', () => {
  it('is deterministic for a seed and a clock', () => {
    const again = generateDataset({ seed: DEMO_SEED, now: TEST_NOW });
    expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
    const other = generateDataset({ seed: DEMO_SEED + 1, now: TEST_NOW });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(dataset));
  });

  it('is fast (cells are not generated up front)', () => {
    const started = performance.now();
    generateDataset({ seed: 7, now: TEST_NOW });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('has the demo users and their memberships', () => {
    expect(
      ['scientist', 'visitor', 'staff', 'blsci'].map(personId).every((id) => id !== undefined),
    ).toBe(true);
    const scientist = personId('scientist');
    const onProposals = dataset.proposalHasPerson
      .filter((row) => row.personId === scientist)
      .map((row) => row.proposalId);
    expect(onProposals.sort()).toEqual(['MX2532', 'MX2601', 'LS3180'].map(proposalId).sort());
    const mx2610 = proposalId('MX2610');
    const viaSession = dataset.sessionHasPerson
      .filter((row) => row.personId === scientist)
      .map((row) => dataset.sessions.find((s) => s.sessionId === row.sessionId))
      .filter((session) => session?.proposalId === mx2610);
    expect(viaSession).toHaveLength(1);
    const visitor = personId('visitor');
    expect(dataset.proposalHasPerson.some((row) => row.personId === visitor)).toBe(false);
    expect(dataset.sessionHasPerson.some((row) => row.personId === visitor)).toBe(false);
  });

  it('has proposals and sessions in the past, now and in the future', () => {
    expect(dataset.proposals.length).toBeGreaterThanOrEqual(7);
    for (const proposal of dataset.proposals) {
      expect(`${proposal.proposalCode}${proposal.proposalNumber}`).toMatch(/^(\w|-)+\d+$/);
    }
    expect(new Set(dataset.proposals.map((p) => p.state))).toEqual(new Set(['Open', 'Closed']));
    expect(dataset.sessions.length).toBeGreaterThanOrEqual(24);
    const t = TEST_NOW.getTime();
    const start = (s: { startDate: string }) => Date.parse(`${s.startDate}Z`);
    const end = (s: { endDate: string }) => Date.parse(`${s.endDate}Z`);
    expect(dataset.sessions.filter((s) => end(s) < t).length).toBeGreaterThan(5);
    expect(
      dataset.sessions.filter((s) => start(s) <= t && t <= end(s)).length,
    ).toBeGreaterThanOrEqual(2);
    expect(dataset.sessions.filter((s) => start(s) > t).length).toBeGreaterThan(3);
    const withData = new Set(dataset.dataCollectionGroups.map((g) => g.sessionId));
    expect(dataset.sessions.some((s) => !withData.has(s.sessionId))).toBe(true);
  });

  it('has the primer’s proteins with their cells', () => {
    const cell = (acronym: string) => {
      const protein = dataset.proteins.find((p) => p.acronym === acronym);
      const crystal = dataset.crystals.find(
        (c) => c.proteinId === protein?.proteinId && c.cell_a !== null,
      );
      return (
        crystal && [
          crystal.cell_a,
          crystal.cell_b,
          crystal.cell_c,
          crystal.cell_alpha,
          crystal.cell_beta,
          crystal.cell_gamma,
        ]
      );
    };
    expect(cell('HEWL')).toEqual([79.1, 79.1, 38.0, 90, 90, 90]);
    expect(cell('THAU')).toEqual([58.6, 58.6, 151.6, 90, 90, 90]);
    expect(cell('PYP')).toEqual([66.9, 66.9, 40.8, 90, 90, 120]);
    expect(dataset.proteins.some((p) => p.acronym === 'SWMb')).toBe(true);
  });

  it('has slurry samples with sizes, abundance, volume, support and typed compositions', () => {
    const slurries = dataset.samples.filter((s) => s.support !== null);
    expect(new Set(slurries.map((s) => s.support))).toEqual(
      new Set(['Chip', 'Injector', 'Tape drive']),
    );
    for (const sample of slurries) {
      const crystal = dataset.crystals.find((c) => c.crystalId === sample.crystalId);
      expect(crystal?.abundance).toBeGreaterThanOrEqual(1e7);
      expect(crystal?.abundance).toBeLessThanOrEqual(1e9);
      expect(crystal?.size_X).toBeGreaterThan(0);
      expect(sample.volume).toBeGreaterThan(0);
    }
    expect(dataset.samples.some((s) => s.containerId === null)).toBe(true);
    const types = new Set(
      [...dataset.sampleCompositions, ...dataset.crystalCompositions].map(
        (row) => dataset.components.find((c) => c.componentId === row.componentId)?.componentTypeId,
      ),
    );
    expect(types).toEqual(new Set([5, 6, 7]));
    const all = [...dataset.sampleCompositions, ...dataset.crystalCompositions];
    expect(all.some((row) => row.concentrationTypeId !== null)).toBe(true);
    expect(all.some((row) => row.ratio !== null)).toBe(true);
    expect(all.some((row) => row.ph !== null)).toBe(true);
    const incomplete = dataset.shippings.filter(
      (s) => s.safetyLevel === null || s.sendingLabContactId === null,
    );
    expect(incomplete.length).toBeGreaterThan(0);
    expect(dataset.containers.map((c) => c.containerType)).toEqual(
      expect.arrayContaining(['Tube rack', 'Box', 'Unipuck']),
    );
  });

  it('has at least four multi-run SSX experiments with realistic parameters', () => {
    const ssxGroups = dataset.dataCollectionGroups.filter((g) =>
      g.experimentType.startsWith('SSX-'),
    );
    expect(ssxGroups.length).toBeGreaterThanOrEqual(4);
    for (const group of ssxGroups) {
      const runs = dataset.dataCollections.filter(
        (dc) => dc.dataCollectionGroupId === group.dataCollectionGroupId,
      );
      expect(runs.length).toBeGreaterThanOrEqual(3);
      for (const run of runs) {
        expect(run.wavelength).toBeGreaterThanOrEqual(0.8);
        expect(run.wavelength).toBeLessThanOrEqual(1.0);
        expect(run.exposureTime).toBeGreaterThanOrEqual(0.001);
        expect(run.exposureTime).toBeLessThanOrEqual(0.01);
        expect((run.beamSizeAtSampleX ?? 0) * 1000).toBeGreaterThanOrEqual(1);
        expect((run.beamSizeAtSampleX ?? 0) * 1000).toBeLessThanOrEqual(20);
        const images = run.numberOfImages ?? 0;
        const isBig = dataset.ssxProcessing.some(
          (row) => row.dataCollectionId === run.dataCollectionId && row.nbIndexed === 1_000_000,
        );
        if (!isBig && run.runStatus !== 'Data collection failed') {
          expect(images).toBeGreaterThanOrEqual(1e4);
          expect(images).toBeLessThanOrEqual(1.1e5);
        }
        expect(
          dataset.ssxDataCollections.some((row) => row.dataCollectionId === run.dataCollectionId),
        ).toBe(true);
      }
    }
    expect(dataset.ssxProcessing.filter((row) => row.nbIndexed === 1_000_000)).toHaveLength(1);
    const secondLattice = dataset.ssxProcessing.filter((row) => row.cells.secondLattice !== null);
    expect(secondLattice.length).toBeGreaterThan(0);
    for (const row of dataset.ssxProcessing) expect(row.cells.count).toBe(row.nbIndexed);
  });

  it('has the failure cases and the untyped group', () => {
    const failed = dataset.autoProcPrograms.filter(
      (p) => p.kind === 'ssx' && p.processingStatus === 0,
    );
    expect(failed).toHaveLength(1);
    expect(
      dataset.autoProcProgramMessages.some(
        (m) => m.autoProcProgramId === failed[0]?.autoProcProgramId && m.severity === 'ERROR',
      ),
    ).toBe(true);
    expect(
      dataset.dataCollections.filter((dc) => dc.runStatus === 'Data collection failed'),
    ).toHaveLength(1);
    expect(dataset.dataCollectionGroups.some((g) => g.experimentType === '')).toBe(true);
    expect(dataset.dataCollectionGroups.some((g) => g.experimentType === 'OSC')).toBe(true);
    expect(new Set(dataset.robotActions.map((a) => a.actionType))).toEqual(
      new Set(['LOAD', 'UNLOAD']),
    );
  });

  it('puts no run, robot action or processing in the future, whatever the time of day', () => {
    for (const now of [
      TEST_NOW,
      new Date('2025-03-14T00:05:00Z'),
      new Date('2025-03-14T23:55:00Z'),
    ]) {
      const data = generateDataset({ seed: DEMO_SEED, now });
      const limit = now.getTime();
      const times = [
        ...data.dataCollections.map((dc) => dc.endTime),
        ...data.robotActions.map((action) => action.endTimestamp),
        ...data.autoProcPrograms.map(
          (program) => program.processingEndTime ?? program.processingStartTime ?? '',
        ),
      ];
      for (const time of times) expect(Date.parse(`${time}Z`)).toBeLessThanOrEqual(limit);
    }
  });

  it('writes data collection ids in time order', () => {
    const byId = [...dataset.dataCollections].sort(
      (a, b) => a.dataCollectionId - b.dataCollectionId,
    );
    const starts = byId.map((dc) => dc.startTime);
    expect(starts).toEqual([...starts].sort());
  });
});

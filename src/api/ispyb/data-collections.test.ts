import { describe, expect, it } from 'vitest';
import type { DataCollection } from '../../domain/data-collection';
import { dataCollectionSchema } from './data-collections.dto';
import { mapDataCollection } from './data-collections.mapper';
import { branchResponse, firstIssuePath, recorded, type Branch } from '../../testing/fixtures';

interface EventLike {
  type: string;
  Item: unknown;
}

/** The `Item`s of the `dc` events of an `/events` answer, mapped. */
function runsOf(eventsResponse: unknown): DataCollection[] {
  return (eventsResponse as { results: EventLike[] }).results
    .filter((e) => e.type === 'dc')
    .map((e) => mapDataCollection(dataCollectionSchema.parse(e.Item)));
}

describe('mapDataCollection on the recorded SSX session (ssx-webservice, CI database)', () => {
  const [chip, classic] = runsOf(recorded('events-datacollections-ssx'));

  it('maps the SSX-Chip run; SSX fields are not provided by this server', () => {
    expect(chip).toEqual({
      id: 3,
      groupId: 2,
      experimentType: 'SSX-Chip',
      runStatus: undefined,
      start: undefined,
      end: undefined,
      numberOfImages: 25600,
      wavelengthA: 0.8266,
      exposureTimeS: 0.01,
      flux: 2.1e12,
      transmissionPct: 100,
      // written in µm by the SSX webservice: kept as sent
      beamSizeX: 4,
      beamSizeY: 2,
      resolutionA: 1.6,
      detectorDistanceMm: 150,
      imageDirectory: undefined,
      fileTemplate: undefined,
      ssx: undefined,
      detectorModel: undefined,
      sampleId: undefined,
      imagePrefix: undefined,
      numberOfPasses: 1,
      detectorManufacturer: undefined,
      detectorType: undefined,
    });
  });

  it('keeps an empty experiment type as sent', () => {
    expect(classic).toMatchObject({
      id: 1,
      groupId: 1,
      experimentType: '',
      runStatus: 'Successful',
      imageDirectory: '/data/bl/tmp/blc00001/sample1/sample1_roi1_1',
      fileTemplate: 'sample1_roi1_1.h5',
      numberOfImages: 16,
      wavelengthA: 1.23984,
      flux: undefined,
    });
  });

  it('takes start and end from the event when the caller passes them', () => {
    const item = (recorded('events-datacollections-ssx') as { results: [EventLike] }).results[0]
      .Item;
    const start = new Date(2023, 0, 25, 10, 5);
    const end = new Date(2023, 0, 25, 11, 25);
    const run = mapDataCollection(dataCollectionSchema.parse(item), { start, end });
    expect(run.start).toEqual(start);
    expect(run.end).toEqual(end);
  });
});

describe('mapDataCollection across branches', () => {
  it.each<[Branch, string]>([
    ['master', '/events?sessionId=1'],
    ['master', '/events?dataCollectionGroupId=1'],
    ['ssx-webservice', '/events?sessionId=1'],
    ['ssx-webservice', '/events?dataCollectionGroupId=1'],
    ['ssx-events', '/events?sessionId=1'],
    ['ssx-events', '/events?dataCollectionGroupId=1'],
  ])('parses every run of %s %s', (branch, path) => {
    const runs = runsOf(branchResponse(branch, path));
    expect(runs.length).toBeGreaterThan(0);
    const rotation = runs.find((r) => r.id === 1);
    expect(rotation).toMatchObject({
      groupId: 1,
      experimentType: 'OSC',
      runStatus: 'Data collection successful',
      numberOfImages: 3600,
      wavelengthA: 0.976,
      beamSizeX: 0.005,
      detectorDistanceMm: 150,
      fileTemplate: 'hewl_x1_1_master.h5',
      ssx: undefined,
    });
  });

  it('reads SSXDataCollection and Detector on ssx-events', () => {
    const [chip, rotation] = runsOf(branchResponse('ssx-events', '/events?sessionId=1'));
    expect(chip).toMatchObject({
      id: 2,
      experimentType: 'SSX-Chip',
      sampleId: 2,
      imagePrefix: 'chip1',
      detectorModel: 'Eiger2 4M',
      detectorManufacturer: 'Dectris',
      detectorType: 'PAD',
      beamSizeX: 0.004,
    });
    expect(chip?.ssx).toEqual({
      repetitionRate: 231.25,
      energyBandwidth: 0.01,
      monoStripe: 'Pd',
      jetSpeedMs: undefined,
      jetSizeUm: undefined,
      chipPattern: 'full',
      chipModel: 'Oxford',
      reactionDurationS: undefined,
      laserEnergyUj: 20,
      experimentName: 'pump-probe 10ms',
    });
    // SSXDataCollection: null on a classic run
    expect(rotation?.ssx).toBeUndefined();
    expect(rotation?.sampleId).toBe(1);
  });

  it('leaves ssx undefined on ssx-webservice, which does not send the field', () => {
    const [chip] = runsOf(branchResponse('ssx-webservice', '/events?sessionId=1'));
    expect(chip?.experimentType).toBe('SSX-Chip');
    expect(chip?.ssx).toBeUndefined();
  });
});

describe('data collection contract violations', () => {
  const item = () =>
    structuredClone(
      (branchResponse('ssx-events', '/events?sessionId=1') as { results: [EventLike] }).results[0]
        .Item,
    ) as Record<string, unknown> & {
      DataCollectionGroup: Record<string, unknown>;
      SSXDataCollection: Record<string, unknown>;
    };

  it('names a missing group id', () => {
    const dto = item();
    delete dto.DataCollectionGroup.dataCollectionGroupId;
    expect(firstIssuePath(dataCollectionSchema.safeParse(dto))).toBe(
      'DataCollectionGroup.dataCollectionGroupId',
    );
  });

  it('names a missing M/W field', () => {
    const dto = item();
    delete dto.wavelength;
    expect(firstIssuePath(dataCollectionSchema.safeParse(dto))).toBe('wavelength');
  });

  it('names a mistyped SSX field', () => {
    const dto = item();
    dto.SSXDataCollection.repetitionRate = '231 Hz';
    expect(firstIssuePath(dataCollectionSchema.safeParse(dto))).toBe(
      'SSXDataCollection.repetitionRate',
    );
  });
});

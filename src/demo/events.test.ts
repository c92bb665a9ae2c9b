import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type PageBody } from './demo-testing.util';

const t = createTestApi();
const { dataset } = t.api;
let staff = '';

beforeAll(async () => {
  staff = await t.login('staff');
});

interface EventJson {
  id: number;
  type: 'dc' | 'robot';
  startTime: string;
  endTime: string;
  duration: number;
  count: number;
  sessionId: number;
  blSampleId: number | null;
  Item: Record<string, unknown> & {
    dataCollectionId?: number;
    DataCollectionGroup?: {
      dataCollectionGroupId: number;
      experimentType: string;
      blSampleId: number | null;
    };
    SSXDataCollection?: Record<string, unknown> | null;
    Detector?: Record<string, unknown> | null;
    actionType?: string;
  };
}

function groupWithComment(fragment: string) {
  const group = dataset.dataCollectionGroups.find((g) => g.comments?.includes(fragment));
  if (!group) throw new Error(`no group ${fragment}`);
  const runs = dataset.dataCollections.filter(
    (dc) => dc.dataCollectionGroupId === group.dataCollectionGroupId,
  );
  return { group, runs };
}

const events = (query: string) => t.json<PageBody<EventJson>>(`/events?${query}`, staff);

describe('/events', () => {
  it('groups a data collection group into one dc event (id = highest dataCollectionId)', async () => {
    const { group, runs } = groupWithComment('PYP pump-probe');
    expect(runs.length).toBe(6);
    const page = await events(`sessionId=${group.sessionId}&limit=100`);
    const event = page.results.find(
      (e) =>
        e.type === 'dc' &&
        e.Item.DataCollectionGroup?.dataCollectionGroupId === group.dataCollectionGroupId,
    );
    expect(event).toBeDefined();
    const maxId = Math.max(...runs.map((dc) => dc.dataCollectionId));
    expect(event?.id).toBe(maxId);
    expect(event?.Item.dataCollectionId).toBe(maxId);
    expect(event?.count).toBe(6);
    expect(event?.startTime).toBe(runs.map((dc) => dc.startTime).sort()[0]);
    expect(event?.endTime).toBe(
      runs
        .map((dc) => dc.endTime)
        .sort()
        .at(-1),
    );
    const minutes = runs.reduce(
      (sum, dc) => sum + (Date.parse(`${dc.endTime}Z`) - Date.parse(`${dc.startTime}Z`)) / 60_000,
      0,
    );
    expect(event?.duration).toBeCloseTo(minutes, 3);
    const times = page.results.map((e) => e.startTime);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('gives one event per run with dataCollectionGroupId, and one with dataCollectionId', async () => {
    const { group, runs } = groupWithComment('PYP pump-probe');
    const perRun = await events(`dataCollectionGroupId=${group.dataCollectionGroupId}`);
    expect(perRun.total).toBe(runs.length);
    expect(perRun.results.every((e) => e.count === 1 && e.type === 'dc')).toBe(true);
    expect(perRun.results.map((e) => e.id).sort()).toEqual(
      runs.map((dc) => dc.dataCollectionId).sort(),
    );
    const one = await events(`dataCollectionId=${runs[2]?.dataCollectionId}`);
    expect(one.results.map((e) => e.id)).toEqual([runs[2]?.dataCollectionId]);
  });

  it('carries the E-branch extensions in the Item', async () => {
    const { group, runs } = groupWithComment('PYP pump-probe');
    const page = await events(`dataCollectionGroupId=${group.dataCollectionGroupId}`);
    const item = page.results[0]?.Item;
    expect(item?.DataCollectionGroup).toMatchObject({
      experimentType: 'SSX-Chip',
      blSampleId: group.blSampleId,
    });
    expect(item?.SSXDataCollection).toMatchObject({
      chipModel: expect.stringContaining('Oxford'),
      repetitionRate: 231.25,
    });
    expect(item?.Detector).toMatchObject({ detectorModel: 'JUNGFRAU 4M' });
    expect(runs.length).toBeGreaterThan(0);
    const osc = dataset.dataCollectionGroups.find((g) => g.experimentType === 'OSC');
    const classic = await events(`dataCollectionGroupId=${osc?.dataCollectionGroupId}`);
    expect(classic.results[0]?.Item.SSXDataCollection).toBeNull();
    expect(classic.results[0]?.Item.Detector).not.toBeNull();
  });

  it('includes robot LOAD/UNLOAD events and filters by eventType and status', async () => {
    const session = dataset.robotActions[0]?.blsessionId;
    const robots = await events(`sessionId=${session}&eventType=robot`);
    expect(robots.total).toBeGreaterThan(0);
    expect(robots.results.every((e) => e.type === 'robot')).toBe(true);
    expect(new Set(robots.results.map((e) => e.Item.actionType))).toEqual(
      new Set(['LOAD', 'UNLOAD']),
    );
    const chips = await events('eventType=SSX-Chip&limit=100');
    expect(
      chips.results.every((e) => e.Item.DataCollectionGroup?.experimentType === 'SSX-Chip'),
    ).toBe(true);
    const failed = await events('status=failed&limit=100');
    expect(failed.results.map((e) => e.Item.runStatus)).toEqual(['Data collection failed']);
    const errors = await events('status=processerror&limit=100');
    expect(errors.total).toBeGreaterThan(0);
  });

  it('lists the event types of a session', async () => {
    const { group } = groupWithComment('PYP pump-probe');
    const types = await t.json<PageBody<{ eventType: string; eventTypeName: string }>>(
      `/events/types?sessionId=${group.sessionId}`,
      staff,
    );
    expect(types.results).toEqual([
      { eventTypeName: 'OSC', eventType: 'OSC' },
      { eventTypeName: 'SSX-Chip', eventType: 'SSX-Chip' },
      { eventTypeName: 'Sample Actions', eventType: 'robot' },
    ]);
    expect(types.limit).toBe(3);
  });
});

interface ChainJson {
  eventChainId: number;
  dataCollectionId: number;
  name: string | null;
  events: {
    eventId: number;
    eventChainId: number;
    eventTypeId: number;
    componentId: number | null;
    name: string | null;
    offset: number;
    duration: number | null;
    period: number | null;
    repetition: number | null;
  }[];
}

describe('/eventchains', () => {
  const chainsOf = (dataCollectionId: number) =>
    t.json<PageBody<ChainJson>>(`/eventchains?dataCollectionId=${dataCollectionId}`, staff);

  it('has the W shape with eventTypeId only', async () => {
    const { runs } = groupWithComment('PYP pump-probe');
    const page = await chainsOf(runs[1]?.dataCollectionId ?? 0);
    expect(page).toMatchObject({ total: 1, skip: 0, limit: 25 });
    const chain = page.results[0];
    expect(Object.keys(chain ?? {}).sort()).toEqual([
      'dataCollectionId',
      'eventChainId',
      'events',
      'name',
    ]);
    for (const event of chain?.events ?? []) {
      expect(Object.keys(event).sort()).toEqual([
        'componentId',
        'duration',
        'eventChainId',
        'eventId',
        'eventTypeId',
        'name',
        'offset',
        'period',
        'repetition',
      ]);
      expect([1, 2, 3, 4]).toContain(event.eventTypeId);
    }
    // 1 µs pump-probe: one laser event repeated with a period, the probe 1 µs later.
    const laser = chain?.events.find((e) => e.eventTypeId === 3);
    const probe = chain?.events.find((e) => e.eventTypeId === 2);
    expect(laser?.repetition).toBe(runs[1]?.numberOfImages);
    expect(laser?.period).toBeCloseTo(1 / 231.25, 9);
    expect((probe?.offset ?? 0) - (laser?.offset ?? 0)).toBeCloseTo(1e-6, 12);
  });

  it('uses both encodings: repeated separate events appear too', async () => {
    const { runs } = groupWithComment('PYP pump-probe');
    const line = (await chainsOf(runs[3]?.dataCollectionId ?? 0)).results[0];
    const lasers = line?.events.filter((e) => e.eventTypeId === 3) ?? [];
    expect(lasers).toHaveLength(10);
    expect(lasers.every((e) => e.period === null && e.repetition === 1)).toBe(true);
    const hare = groupWithComment('Hit-and-return');
    const hareChain = (await chainsOf(hare.runs[0]?.dataCollectionId ?? 0)).results[0];
    expect(hareChain?.events.filter((e) => e.eventTypeId === 3)).toHaveLength(1);
    expect(hareChain?.events.filter((e) => e.eventTypeId === 2).length).toBeGreaterThanOrEqual(3);
  });

  it('links the mix-and-inject trigger to its ligand and shuffles events deterministically', async () => {
    const { runs } = groupWithComment('Mix-and-inject');
    const id = runs[0]?.dataCollectionId ?? 0;
    const first = await chainsOf(id);
    const trigger = first.results[0]?.events.find((e) => e.eventTypeId === 4);
    expect(trigger?.componentId).not.toBeNull();
    expect(dataset.components.find((c) => c.componentId === trigger?.componentId)?.name).toBe(
      'GlcNAc3',
    );
    expect(await chainsOf(id)).toEqual(first);
    const { runs: pp } = groupWithComment('PYP pump-probe');
    const line =
      (await chainsOf(pp[3]?.dataCollectionId ?? 0)).results[0]?.events.map((e) => e.eventId) ?? [];
    expect(line).not.toEqual([...line].sort((a, b) => a - b));
  });

  it('requires dataCollectionId and hides other users’ runs', async () => {
    const missing = await t.get('/eventchains', staff);
    expect(missing.status).toBe(422);
    const { runs } = groupWithComment('Chip commissioning');
    const hidden = await t.json<PageBody>(
      `/eventchains?dataCollectionId=${runs[0]?.dataCollectionId}`,
      await t.login('visitor'),
    );
    expect(hidden.total).toBe(0);
  });
});

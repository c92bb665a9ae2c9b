import { describe, expect, it } from 'vitest';
import { branchResponse, must, recorded } from '../../testing/fixtures';
import { createFakeHttp } from '../../testing/render';
import type { QueryParams } from '../http';
import { eventPageSchema, type DataCollectionEventDto } from './events.dto';
import { isDataCollectionEvent } from './events.mapper';
import {
  experimentQuery,
  fetchExperiment,
  mapExperiment,
  proposalGroupsQuery,
  sampleGroupsQuery,
} from './runs';

/** The SSX `dc` event of a recorded answer, as the schema reads it. */
function ssxEvent(): DataCollectionEventDto {
  const page = eventPageSchema.parse(branchResponse('ssx-events', '/events?sessionId=1'));
  return must(
    page.results
      .filter(isDataCollectionEvent)
      .find((e) => e.Item.DataCollectionGroup.experimentType === 'SSX-Chip'),
  );
}

/** `n` runs of one group, one ungrouped event each, as py-ispyb answers with a group id. */
function runEvents(n: number): DataCollectionEventDto[] {
  const base = ssxEvent();
  return Array.from({ length: n }, (_, i) => {
    const id = 1000 + i;
    const minute = String(i % 60).padStart(2, '0');
    return {
      ...base,
      id,
      count: 1,
      startTime: `2023-01-20T1${Math.floor(i / 60)}:${minute}:00`,
      endTime: `2023-01-20T1${Math.floor(i / 60)}:${minute}:30`,
      duration: 0.5,
      Item: { ...base.Item, dataCollectionId: id },
    };
  });
}

describe('mapExperiment', () => {
  it('sums the runs of a group and keeps each run’s own times', () => {
    const events = runEvents(3).reverse();
    const experiment = must(mapExperiment(events));
    expect(experiment.runs.map((r) => r.id)).toEqual([1000, 1001, 1002]);
    expect(experiment.runs[1]?.start).toEqual(new Date(2023, 0, 20, 10, 1));
    expect(experiment.runs[1]?.end).toEqual(new Date(2023, 0, 20, 10, 1, 30));
    expect(experiment.runs[0]?.ssx?.chipModel).toBe('Oxford');
    expect(experiment.group).toMatchObject({
      id: 2,
      sessionId: 1,
      proposalName: 'MX1234',
      experimentType: 'SSX-Chip',
      sampleId: 2,
      runCount: 3,
      start: new Date(2023, 0, 20, 10, 0),
      end: new Date(2023, 0, 20, 10, 2, 30),
      durationMin: 1.5,
    });
    expect(experiment.group.latestRun.id).toBe(1002);
  });

  it('is undefined without runs', () => {
    expect(mapExperiment([])).toBeUndefined();
  });
});

describe('experimentQuery', () => {
  it('reads every page of the group’s runs (no cap)', async () => {
    const all = runEvents(230);
    const asked: QueryParams[] = [];
    const http = createFakeHttp({
      get: (path, params) => {
        expect(path).toBe('/events');
        asked.push(params ?? {});
        const skip = Number(params?.skip);
        const limit = Number(params?.limit);
        return { total: all.length, results: all.slice(skip, skip + limit), skip, limit };
      },
    });
    const options = experimentQuery(http, 2);
    expect(options.queryKey).toEqual(['dataCollectionGroups', 2, 'runs']);
    const experiment = must(await fetchExperiment(http, 2));
    expect(experiment.runs).toHaveLength(230);
    expect(asked.map((p) => p.skip)).toEqual([0, 100, 200]);
    expect(asked[0]?.dataCollectionGroupId).toBe(2);
  });

  it('answers null for a group the user cannot see', async () => {
    const http = createFakeHttp({ get: () => ({ total: 0, results: [], skip: 0, limit: 100 }) });
    expect(await fetchExperiment(http, 99)).toBeNull();
  });

  it('reads the recorded answers of every branch', async () => {
    for (const branch of ['master', 'ssx-webservice', 'ssx-events'] as const) {
      const http = createFakeHttp({
        get: () => branchResponse(branch, '/events?dataCollectionGroupId=1'),
      });
      const experiment = must(await fetchExperiment(http, 1));
      expect(experiment.runs).toHaveLength(1);
      expect(experiment.group.runCount).toBe(1);
    }
  });
});

describe('sampleGroupsQuery / proposalGroupsQuery', () => {
  it('groups the events of a sample and of a proposal', async () => {
    const asked: QueryParams[] = [];
    const http = createFakeHttp({
      get: (_path, params) => {
        asked.push(params ?? {});
        return recorded('events-datacollections-ssx');
      },
    });
    const bySample = await must(sampleGroupsQuery(http, 2).queryFn)({
      signal: new AbortController().signal,
    } as never);
    expect(bySample.map((g) => g.id)).toEqual([2, 1]);
    expect(asked[0]?.blSampleId).toBe(2);
    const byProposal = await must(proposalGroupsQuery(http, 'blc00001').queryFn)({
      signal: new AbortController().signal,
    } as never);
    expect(byProposal[0]?.runCount).toBe(2);
    expect(asked[1]?.proposal).toBe('blc00001');
  });
});

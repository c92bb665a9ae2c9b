import { queryOptions } from '@tanstack/react-query';
import type { DataCollectionGroup } from '../../domain/data-collection';
import { orderRuns, type Experiment } from '../../domain/experiment';
import type { HttpClient } from '../http';
import { mapDataCollection } from './data-collections.mapper';
import { parseOptionalIspybDate } from './dates';
import { eventPageSchema, type DataCollectionEventDto } from './events.dto';
import { isDataCollectionEvent, mapDataCollectionGroup } from './events.mapper';
import { fetchAllPages } from './paging';

/**
 * An experiment from the ungrouped `/events?dataCollectionGroupId=` answer: one `dc` event per
 * run, each carrying that run's own start and end (py-ispyb's DataCollection has none).
 * `undefined` when the group has no run the user may see (unknown, hidden or empty).
 */
export function mapExperiment(events: readonly DataCollectionEventDto[]): Experiment | undefined {
  const first = events[0];
  if (!first) return undefined;
  const runs = orderRuns(
    events.map((event) =>
      mapDataCollection(event.Item, {
        start: parseOptionalIspybDate(event.startTime),
        end: parseOptionalIspybDate(event.endTime),
      }),
    ),
  );
  const latestRun = runs.at(-1) ?? mapDataCollection(first.Item);
  const latestEvent = events.find((e) => e.Item.dataCollectionId === latestRun.id) ?? first;
  const starts = runs.flatMap((r) => (r.start ? [r.start.getTime()] : []));
  const ends = runs.flatMap((r) => (r.end ? [r.end.getTime()] : []));
  const durations = events.flatMap((e) => (e.duration === null ? [] : [e.duration]));
  const group: DataCollectionGroup = {
    id: latestRun.groupId,
    sessionId: latestEvent.sessionId,
    sessionName: latestEvent.session ?? undefined,
    proposalName: latestEvent.proposal,
    experimentType: latestRun.experimentType,
    sampleId:
      latestEvent.blSampleId ?? latestEvent.Item.DataCollectionGroup.blSampleId ?? undefined,
    sampleName: latestEvent.blSample ?? undefined,
    runCount: runs.length,
    start: starts.length ? new Date(Math.min(...starts)) : undefined,
    end: ends.length ? new Date(Math.max(...ends)) : undefined,
    durationMin: durations.length ? durations.reduce((a, b) => a + b, 0) : undefined,
    latestRun,
  };
  return { group, runs };
}

/** Every run of a data collection group, read page by page (no cap). */
export async function fetchExperiment(
  http: HttpClient,
  groupId: number,
  signal?: AbortSignal,
): Promise<Experiment | null> {
  const events = await fetchAllPages(
    http,
    '/events',
    eventPageSchema,
    { dataCollectionGroupId: groupId },
    signal,
  );
  // a query result cannot be `undefined`: `null` is "no such experiment"
  return mapExperiment(events.filter(isDataCollectionEvent)) ?? null;
}

/** The data collection groups (experiments) that used a sample, from the grouped `/events`. */
export async function fetchSampleGroups(
  http: HttpClient,
  sampleId: number,
  signal?: AbortSignal,
): Promise<DataCollectionGroup[]> {
  return (await fetchAllPages(http, '/events', eventPageSchema, { blSampleId: sampleId }, signal))
    .filter(isDataCollectionEvent)
    .map(mapDataCollectionGroup);
}

/**
 * Every data collection group of a proposal in one paged read of the grouped `/events`, rather
 * than one read per session: the same groups, with the session named in each.
 */
export async function fetchProposalGroups(
  http: HttpClient,
  proposalName: string,
  signal?: AbortSignal,
): Promise<DataCollectionGroup[]> {
  return (await fetchAllPages(http, '/events', eventPageSchema, { proposal: proposalName }, signal))
    .filter(isDataCollectionEvent)
    .map(mapDataCollectionGroup);
}

export const experimentQuery = (http: HttpClient, groupId: number) =>
  queryOptions({
    queryKey: ['dataCollectionGroups', groupId, 'runs'],
    queryFn: ({ signal }) => fetchExperiment(http, groupId, signal),
  });

export const sampleGroupsQuery = (http: HttpClient, sampleId: number) =>
  queryOptions({
    queryKey: ['samples', sampleId, 'groups'],
    queryFn: ({ signal }) => fetchSampleGroups(http, sampleId, signal),
  });

export const proposalGroupsQuery = (http: HttpClient, proposalName: string) =>
  queryOptions({
    queryKey: ['proposals', proposalName, 'groups'],
    queryFn: ({ signal }) => fetchProposalGroups(http, proposalName, signal),
  });

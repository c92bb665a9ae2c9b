import type { DataCollectionGroup } from '../../domain/data-collection';
import { mapDataCollection } from './data-collections.mapper';
import { parseIspybDate } from './dates';
import type { DataCollectionEventDto, EventDto } from './events.dto';

export function isDataCollectionEvent(event: EventDto): event is DataCollectionEventDto {
  return event.type === 'dc';
}

/** A grouped `dc` event is one data collection group; its Item is the group's latest run. */
export function mapDataCollectionGroup(event: DataCollectionEventDto): DataCollectionGroup {
  const run = mapDataCollection(event.Item);
  return {
    id: event.Item.DataCollectionGroup.dataCollectionGroupId,
    sessionId: event.sessionId,
    sessionName: event.session ?? undefined,
    proposalName: event.proposal,
    experimentType: run.experimentType,
    sampleId: event.blSampleId ?? event.Item.DataCollectionGroup.blSampleId ?? undefined,
    sampleName: event.blSample ?? undefined,
    runCount: event.count,
    start: event.startTime ? parseIspybDate(event.startTime) : undefined,
    end: event.endTime ? parseIspybDate(event.endTime) : undefined,
    durationMin: event.duration ?? undefined,
    latestRun: run,
  };
}

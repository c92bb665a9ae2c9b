import type { DataCollection, SsxParameters } from '../../domain/data-collection';
import { opt } from './common.mapper';
import type { DataCollectionDto, SsxDataCollectionDto } from './data-collections.dto';
import { parseOptionalIspybDate } from './dates';

export function mapSsxParameters(dto: SsxDataCollectionDto): SsxParameters {
  return {
    repetitionRate: opt(dto.repetitionRate),
    energyBandwidth: opt(dto.energyBandwidth),
    monoStripe: opt(dto.monoStripe),
    jetSpeedMs: opt(dto.jetSpeed),
    jetSizeUm: opt(dto.jetSize),
    chipPattern: opt(dto.chipPattern),
    chipModel: opt(dto.chipModel),
    reactionDurationS: opt(dto.reactionDuration),
    laserEnergyUj: opt(dto.laserEnergy),
    experimentName: opt(dto.experimentName),
  };
}

/** Times the caller knows from the surrounding `/events` entry. */
export interface RunTimes {
  start?: Date | undefined;
  end?: Date | undefined;
}

/**
 * py-ispyb's DataCollection carries no start/end of its own: pass them from the event when the
 * event is this one run (ungrouped `/events?dataCollectionGroupId=`, or a group with `count` 1);
 * a grouped event's times span the whole group.
 */
export function mapDataCollection(dto: DataCollectionDto, times: RunTimes = {}): DataCollection {
  const group = dto.DataCollectionGroup;
  return {
    id: dto.dataCollectionId,
    groupId: group.dataCollectionGroupId,
    // kept as sent, `""` included: `experimentTypeLabel` names the empty type
    experimentType: opt(group.experimentType),
    runStatus: opt(dto.runStatus),
    start: parseOptionalIspybDate(dto.startTime) ?? times.start,
    end: parseOptionalIspybDate(dto.endTime) ?? times.end,
    numberOfImages: opt(dto.numberOfImages),
    wavelengthA: opt(dto.wavelength),
    exposureTimeS: opt(dto.exposureTime),
    flux: opt(dto.flux),
    transmissionPct: opt(dto.transmission),
    // the unit depends on the writer (mm or µm): kept as sent, never rescaled here
    beamSizeX: opt(dto.beamSizeAtSampleX),
    beamSizeY: opt(dto.beamSizeAtSampleY),
    resolutionA: opt(dto.resolution),
    detectorDistanceMm: opt(dto.detectorDistance),
    imageDirectory: opt(dto.imageDirectory),
    fileTemplate: opt(dto.fileTemplate),
    // absent on master / ssx-webservice, null for a non-SSX run on ssx-events: both "not provided"
    ssx: dto.SSXDataCollection ? mapSsxParameters(dto.SSXDataCollection) : undefined,
    detectorModel: opt(dto.Detector?.detectorModel),
    sampleId: opt(group.blSampleId),
    imagePrefix: opt(dto.imagePrefix),
    numberOfPasses: opt(dto.numberOfPasses),
    detectorManufacturer: opt(dto.Detector?.detectorManufacturer),
    detectorType: opt(dto.Detector?.detectorType),
  };
}

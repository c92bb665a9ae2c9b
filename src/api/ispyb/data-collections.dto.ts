import { z } from 'zod';
import { ispybDateTime } from './common.dto';

const num = z.number().nullable();
const str = z.string().nullable();
/** Fields only some branches send (ssx-events / 192 add them; master and ssx-webservice do not). */
const extraNum = z.number().nullable().optional();
const extraStr = z.string().nullable().optional();

/** `SSXDataCollection`, nested in the DataCollection on the ssx-events and 192 branches only. */
export const ssxDataCollectionSchema = z.object({
  dataCollectionId: z.number(),
  repetitionRate: extraNum,
  energyBandwidth: extraNum,
  monoStripe: extraStr,
  jetSpeed: extraNum,
  jetSize: extraNum,
  chipPattern: extraStr,
  chipModel: extraStr,
  reactionDuration: extraNum,
  laserEnergy: extraNum,
  experimentName: extraStr,
});

export const detectorSchema = z.object({
  detectorId: z.number(),
  detectorType: extraStr,
  detectorManufacturer: extraStr,
  detectorModel: extraStr,
  detectorSerialNumber: extraStr,
  detectorPixelSizeHorizontal: extraNum,
  detectorPixelSizeVertical: extraNum,
  detectorMode: extraStr,
  sensorThickness: extraNum,
  localName: extraStr,
});

export const dataCollectionGroupSchema = z.object({
  dataCollectionGroupId: z.number(),
  /** An open string (`SSX-Chip`, `OSC`, `""`…); required on ssx-webservice, nullable on master. */
  experimentType: z.string().nullable().optional(),
  /** ssx-events / 192 only. */
  blSampleId: z.number().nullable().optional(),
  Workflow: z
    .object({
      workflowId: z.number(),
      workflowTitle: extraStr,
      workflowType: extraStr,
      status: extraStr,
      comments: extraStr,
    })
    .nullable()
    .optional(),
});

/** The `Item` of a `dc` event from `/events`: one py-ispyb DataCollection. */
export const dataCollectionSchema = z.object({
  dataCollectionId: z.number(),
  DataCollectionGroup: dataCollectionGroupSchema,
  runStatus: str,
  imageDirectory: str,
  fileTemplate: str,
  imageContainerSubPath: str,
  numberOfImages: num,
  numberOfPasses: num,
  /** Å */
  wavelength: num,
  /** s */
  exposureTime: num,
  /** photons/s */
  flux: num,
  xBeam: num,
  yBeam: num,
  /** mm on classic beamlines; SSX webservice writers put µm here. Kept as sent. */
  beamSizeAtSampleX: num,
  beamSizeAtSampleY: num,
  /** % */
  transmission: num,
  /** Å, at the detector edge */
  resolution: num,
  /** mm */
  detectorDistance: num,
  axisStart: num,
  axisEnd: num,
  axisRange: num,
  rotationAxis: str,
  overlap: num,
  phiStart: num,
  kappaStart: num,
  omegaStart: num,
  chiStart: num,
  xBeamPix: num,
  yBeamPix: num,
  magnification: num,
  binning: num,
  particleDiameter: num,
  defocusStepSize: num,
  amountAstigmatism: num,
  voltage: num,
  objAperture: num,
  // ssx-events / 192 additions
  undulatorGap1: extraNum,
  undulatorGap2: extraNum,
  undulatorGap3: extraNum,
  polarisation: extraNum,
  beamShape: extraStr,
  imagePrefix: extraStr,
  /** Not sent by any py-ispyb branch (the event carries the times); accepted if a server adds it. */
  startTime: ispybDateTime.nullable().optional(),
  endTime: ispybDateTime.nullable().optional(),
  SSXDataCollection: ssxDataCollectionSchema.nullable().optional(),
  Detector: detectorSchema.nullable().optional(),
  GridInfo: z
    .array(z.object({ gridInfoId: z.number() }))
    .nullable()
    .optional(),
  _metadata: z
    .object({ snapshots: z.record(z.string(), z.boolean()).nullable().optional() })
    .nullable()
    .optional(),
});

export type DataCollectionDto = z.infer<typeof dataCollectionSchema>;
export type SsxDataCollectionDto = z.infer<typeof ssxDataCollectionSchema>;

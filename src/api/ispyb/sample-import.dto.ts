import { z } from 'zod';
import { sampleSchema } from './samples.dto';

/**
 * The ispyb-web extension `POST /samples/ssx` (docs/extensions/sample-import.md): py-ispyb's
 * SampleCreate with compositions (the ssx-samples branch's shape) plus `volume` and `support`,
 * as a list created all or nothing.
 */
export interface CompositionCreateDto {
  Component: { name: string; composition: string | null; ComponentType: { name: string } };
  abundance: number | null;
  ratio: number | null;
  ph: number | null;
  ConcentrationType: { symbol: string } | null;
}

export interface SsxSampleCreateDto {
  containerId: number;
  name: string;
  location: number | null;
  comments: string | null;
  /** µL */
  volume: number;
  support: string | null;
  Crystal: {
    proteinId: number;
    /** µm */
    size_X: number | null;
    size_Y: number | null;
    size_Z: number | null;
    /** crystals/mL */
    abundance: number | null;
    crystal_compositions: CompositionCreateDto[];
  };
  sample_compositions: CompositionCreateDto[];
}

/** 201: the created samples, as `GET /samples/{blSampleId}` serves them, in the order sent. */
export const ssxSamplesCreatedSchema = z.array(sampleSchema);

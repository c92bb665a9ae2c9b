import { createClock, DatasetBuilder } from './dataset-builder';
import { planClassicGroups } from './dataset-classic';
import { addLookups } from './dataset-lookups';
import { addPeople } from './dataset-people';
import { addMergingPrograms } from './dataset-processing';
import { buildMergedDatasets } from './dataset-merged';
import { addSamples } from './dataset-samples';
import { planSsxExperiments } from './dataset-ssx';
import type { DemoDataset } from './dataset.types';
import { createRng } from './random';

export type * from './dataset.types';

export interface GenerateDatasetOptions {
  seed: number;
  /** Sessions are placed around this instant (past, running, upcoming). */
  now: Date;
}

/**
 * Builds the demo facility: people and permissions, proposals, sessions, shipments and samples,
 * classic and serial experiments with processing. Same seed and same `now` give the same rows.
 * Unit cells are not generated here (see `unit-cells.ts`): the dataset only keeps their recipe.
 */
export function generateDataset({ seed, now }: GenerateDatasetOptions): DemoDataset {
  const rng = createRng(seed);
  const clock = createClock(now);
  const builder = new DatasetBuilder(seed, now);

  addLookups(builder);
  addPeople(builder, rng.fork('people'), clock);
  addSamples(builder, rng.fork('samples'), clock);

  // Written in time order, so data collection ids grow with time as in a real database.
  const plans = [
    ...planSsxExperiments(builder, rng.fork('ssx'), clock),
    ...planClassicGroups(builder, rng.fork('classic')),
  ].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const plan of plans) plan.build();
  builder.data.ssxMerges = buildMergedDatasets(builder.data);
  addMergingPrograms(builder, rng.fork('merging'));

  return builder.data;
}

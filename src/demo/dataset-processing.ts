/**
 * Processing beyond each run's own CrystFEL program: one merging program (partialator) per
 * serial experiment, written after every run is, and recorded on the experiment's last merged
 * run (the ESRF `AutoProcProgram.dataCollectionId` column: py-ispyb links programs to one run).
 */
import { addAttachment, addMessage, addProgram, processedDirectory } from './dataset-collections';
import type { DatasetBuilder } from './dataset-builder';
import { addMinutes, parseIsoLocal } from './dates.util';
import type { DataCollectionRow } from './dataset.types';
import type { Rng } from './random';

export const MERGING_PROGRAM = 'CrystFEL partialator';

const POINT_GROUPS: Readonly<Record<string, string>> = {
  hexagonal: '6/m',
  tetragonal: '422',
  monoclinic: '2/m',
  orthorhombic: 'mmm',
  cubic: 'm-3m',
};

export function addMergingPrograms(b: DatasetBuilder, rng: Rng): void {
  const stats = new Map(b.data.ssxProcessing.map((row) => [row.dataCollectionId, row]));
  const programs = b.data.autoProcPrograms.filter((p) => p.kind === 'ssx');
  for (const group of b.data.dataCollectionGroups) {
    if (!group.experimentType.startsWith('SSX')) continue;
    const runs = b.data.dataCollections
      .filter((dc) => dc.dataCollectionGroupId === group.dataCollectionGroupId)
      .sort((x, y) => x.dataCollectionId - y.dataCollectionId);
    const runPrograms = runs.flatMap((run) =>
      programs.filter((p) => p.dataCollectionId === run.dataCollectionId),
    );
    // Merging waits for every run's indexing: none while one is still running.
    if (runPrograms.some((p) => p.processingStatus === null)) continue;
    const merged = runs.filter((run) => stats.has(run.dataCollectionId));
    const last = merged.at(-1);
    if (!last) continue;
    const left = runs.filter((run) => !stats.has(run.dataCollectionId));
    const lastEnd = runPrograms
      .map((p) => p.processingEndTime)
      .filter((t): t is string => t !== null)
      .sort()
      .at(-1);
    const patterns = merged.reduce(
      (sum, run) => sum + (stats.get(run.dataCollectionId)?.nbIndexed ?? 0),
      0,
    );
    const start = addMinutes(parseIsoLocal(lastEnd ?? last.endTime), rng.int(2, 6));
    const minutes = Math.max(3, Math.round(patterns / 20_000));
    // nothing ends after the dataset's clock: a merge that would is still running
    const done =
      addMinutes(start, minutes).getTime() <= parseIsoLocal(b.data.generatedAt).getTime();
    const lattice = stats.get(last.dataCollectionId)?.laticeType ?? 'unknown';
    const pointGroup = POINT_GROUPS[lattice] ?? '1';
    const program = addProgram(b, {
      dataCollectionId: last.dataCollectionId,
      programs: MERGING_PROGRAM,
      commandLine: `partialator -i merged.stream -o merged.hkl -y ${pointGroup} --model=xsphere --iterations=1 --push-res=1.5 -j 32`,
      status: done ? 1 : null,
      start,
      minutes: done ? minutes : null,
      message: done ? 'merging successful' : 'merging started',
      environment: 'slurm',
      kind: 'ssx',
    });
    addMessage(
      b,
      program,
      'INFO',
      'Merging summary',
      `${patterns} indexed patterns from ${merged.length} run${merged.length === 1 ? '' : 's'} (${runLabels(runs, merged)}) merged in point group ${pointGroup}.`,
    );
    if (left.length > 0) {
      addMessage(
        b,
        program,
        'WARNING',
        'Runs left out',
        `${runLabels(runs, left)} had no indexing result and ${left.length === 1 ? 'was' : 'were'} not merged.`,
      );
    }
    const directory = processedDirectory(
      (last.imageDirectory ?? '').replace(/\/[^/]*$/, ''),
      'crystfel_merge',
    );
    addAttachment(b, program, directory, 'partialator.log', 'Log', 1);
    addAttachment(b, program, directory, 'merge_summary.json', 'Result', 2);
  }
}

/** "run #1, #2 and #4" in the experiment's own numbering. */
function runLabels(all: readonly DataCollectionRow[], some: readonly DataCollectionRow[]): string {
  const numbers = some.map((run) => `#${all.indexOf(run) + 1}`);
  const list =
    numbers.length <= 1
      ? numbers.join('')
      : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  return `run${numbers.length === 1 ? '' : 's'} ${list}`;
}

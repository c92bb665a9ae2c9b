import type { DatasetIndex } from './dataset-index';
import type { AutoProcProgramAttachmentRow, AutoProcProgramRow } from './dataset.types';
import type { AuthedContext, RequestContext } from './router';
import { MERGING_PROGRAM } from './dataset-processing';
import { generateRunHitChunks } from './extensions/image-hits-data';
import { streamCellsJson } from './unit-cells';
import type { Viewer } from './visibility';

/**
 * Contents of processing attachments, written on request from the rows (nothing is stored):
 * short logs that look like the programs' own, and the SSX result files.
 */

function pct(part: number, whole: number): string {
  return whole > 0 ? ((100 * part) / whole).toFixed(1) : '0.0';
}

function crystfelLog(db: DatasetIndex, program: AutoProcProgramRow): string {
  const dc = db.dataCollections.get(program.dataCollectionId);
  const images = dc?.numberOfImages ?? 0;
  const stats = db.ssxProcessing.get(program.dataCollectionId);
  const lines = [
    `CrystFEL indexamajig 0.11.1`,
    `Command line: ${program.processingCommandLine ?? ''}`,
    `Input: ${dc?.imageDirectory ?? ''}/${dc?.fileTemplate ?? ''}`,
    `Started: ${program.processingStartTime ?? ''}`,
  ];
  if (program.processingStatus === 0) {
    const errors = (db.messagesByProgram.get(program.autoProcProgramId) ?? []).filter(
      (message) => message.severity === 'ERROR',
    );
    lines.push('Loading geometry...', ...errors.map((message) => `ERROR: ${message.message}`));
    lines.push(`Finished with errors: ${program.processingEndTime ?? ''}`);
    return `${lines.join('\n')}\n`;
  }
  if (program.processingStatus === null || !stats) {
    const done = Math.round(images * 0.37);
    lines.push(
      `${done} images processed, ${Math.round(done * 0.4)} hits (40.0%), still running...`,
    );
    return `${lines.join('\n')}\n`;
  }
  const [a, b, c, alpha, beta, gamma] = stats.cells.mean;
  lines.push(
    `This is what I understood your unit cell to be:`,
    `${stats.laticeType} P, unique axis ?, right handed.`,
    `a      b      c            alpha   beta  gamma`,
    `${a.toFixed(2)}  ${b.toFixed(2)}  ${c.toFixed(2)} A    ${alpha.toFixed(2)}  ${beta.toFixed(2)}  ${gamma.toFixed(2)} deg`,
  );
  // progress lines from the same per-image counts the image-hits extension serves, so a clog or
  // a dry block shows in the log as it does in the chart
  const chunks = generateRunHitChunks(db, program.dataCollectionId);
  for (const fraction of [0.25, 0.5, 0.75]) {
    const last = Math.round((chunks?.chunkImages.length ?? 0) * fraction);
    let n = 0;
    let hits = 0;
    let indexed = 0;
    for (let i = 0; i < last; i += 1) {
      n += chunks?.chunkImages[i] ?? 0;
      hits += chunks?.chunkHits[i] ?? 0;
      indexed += chunks?.chunkIndexed[i] ?? 0;
    }
    lines.push(
      `${n} images processed, ${hits} hits (${pct(hits, n)}%), ${indexed} indexable (${pct(indexed, hits)}% of hits).`,
    );
  }
  lines.push(
    `Final: ${images} images processed, ${stats.nbHits} hits (${pct(stats.nbHits, images)}%), ${stats.nbIndexed} indexable (${pct(stats.nbIndexed, stats.nbHits)}% of hits, ${pct(stats.nbIndexed, images)}% overall), ${stats.nbIndexed} crystals.`,
    `Estimated resolution: ${stats.estimatedResolution.toFixed(2)} A`,
    `Finished: ${program.processingEndTime ?? ''}`,
  );
  return `${lines.join('\n')}\n`;
}

function integrationLog(db: DatasetIndex, program: AutoProcProgramRow): string {
  const lines = [
    `${program.processingPrograms} (demo log)`,
    `Command line: ${program.processingCommandLine ?? ''}`,
    `Started: ${program.processingStartTime ?? ''}`,
  ];
  for (const message of db.messagesByProgram.get(program.autoProcProgramId) ?? []) {
    lines.push(`${message.severity}: ${message.message}`);
  }
  for (const autoProc of db.autoProcsByProgram.get(program.autoProcProgramId) ?? []) {
    lines.push(
      `Space group: ${autoProc.spaceGroup}`,
      `Unit cell: ${autoProc.refinedCell_a} ${autoProc.refinedCell_b} ${autoProc.refinedCell_c} ${autoProc.refinedCell_alpha} ${autoProc.refinedCell_beta} ${autoProc.refinedCell_gamma}`,
      '',
      '                       Overall  InnerShell  OuterShell',
    );
    const shells = db.statisticsByAutoProc.get(autoProc.autoProcId) ?? [];
    const row = (label: string, pick: (s: (typeof shells)[number]) => number) =>
      `${label.padEnd(22)} ${shells.map((s) => pick(s).toString().padStart(10)).join('  ')}`;
    lines.push(
      row('Low resolution limit', (s) => s.resolutionLimitLow),
      row('High resolution limit', (s) => s.resolutionLimitHigh),
      row('Rmerge', (s) => s.rMerge),
      row('Mean I/sigma(I)', (s) => s.meanIOverSigI),
      row('Completeness', (s) => s.completeness),
      row('Multiplicity', (s) => s.multiplicity),
      row('CC(1/2)', (s) => s.ccHalf),
    );
  }
  lines.push(`Finished: ${program.processingEndTime ?? 'running'}`);
  return `${lines.join('\n')}\n`;
}

/** The runs of the merging program's experiment that have indexing results, in run order. */
function mergedRuns(db: DatasetIndex, program: AutoProcProgramRow) {
  const groupId = db.dataCollections.get(program.dataCollectionId)?.dataCollectionGroupId;
  const runs = groupId === undefined ? [] : (db.dataCollectionsByGroup.get(groupId) ?? []);
  return [...runs]
    .sort((a, b) => a.dataCollectionId - b.dataCollectionId)
    .flatMap((run) => {
      const stats = db.ssxProcessing.get(run.dataCollectionId);
      return stats ? [{ dataCollectionId: run.dataCollectionId, nbIndexed: stats.nbIndexed }] : [];
    });
}

function mergingResponse(
  db: DatasetIndex,
  attachment: AutoProcProgramAttachmentRow,
  program: AutoProcProgramRow,
): Response {
  const disposition = `attachment; filename="${attachment.fileName}"`;
  const runs = mergedRuns(db, program);
  const patterns = runs.reduce((sum, run) => sum + run.nbIndexed, 0);
  const pointGroup = /-y (\S+)/.exec(program.processingCommandLine ?? '')?.[1] ?? '1';
  if (attachment.fileType === 'Result') {
    const body = { program: program.processingPrograms, pointGroup, patterns, runs };
    return new Response(JSON.stringify(body, null, 2), {
      headers: { 'content-type': 'application/json', 'content-disposition': disposition },
    });
  }
  const lines = [
    'CrystFEL partialator 0.11.1',
    `Command line: ${program.processingCommandLine ?? ''}`,
    `Started: ${program.processingStartTime ?? ''}`,
    ...runs.map((run) => `Reading run ${run.dataCollectionId}: ${run.nbIndexed} crystals`),
    `${patterns} crystals in total, point group ${pointGroup}.`,
    'Initial scaling...',
    'Scaling and refinement cycle 1 of 1',
    `${Math.round(patterns * 0.985)} crystals accepted, ${patterns - Math.round(patterns * 0.985)} rejected (too few reflections or B factor out of range).`,
    'Writing merged.hkl, merged.hkl1, merged.hkl2',
    program.processingEndTime
      ? `Finished: ${program.processingEndTime}`
      : 'Still running: final merge not written yet.',
  ];
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': disposition },
  });
}

export function attachmentResponse(
  db: DatasetIndex,
  attachment: AutoProcProgramAttachmentRow,
  program: AutoProcProgramRow,
): Response {
  const disposition = `attachment; filename="${attachment.fileName}"`;
  const stats = db.ssxProcessing.get(program.dataCollectionId);
  if (attachment.fileName === 'ssx_cells.json' && stats) {
    return new Response(streamCellsJson(stats.cells), {
      headers: { 'content-type': 'application/json', 'content-disposition': disposition },
    });
  }
  if (attachment.fileName === 'ssx_stats.json' && stats) {
    const body = {
      nbHits: stats.nbHits,
      nbIndexed: stats.nbIndexed,
      laticeType: stats.laticeType,
      estimatedResolution: stats.estimatedResolution,
    };
    return new Response(JSON.stringify(body), {
      headers: { 'content-type': 'application/json', 'content-disposition': disposition },
    });
  }
  if (program.processingPrograms === MERGING_PROGRAM)
    return mergingResponse(db, attachment, program);
  const text = program.kind === 'ssx' ? crystfelLog(db, program) : integrationLog(db, program);
  return new Response(text, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': disposition },
  });
}

// ---- One-time download links (py-ispyb `POST /user/sign`, its SWOnceToken table)

/** py-ispyb deletes unused one-time tokens after about 10 s. */
const ONCE_TOKEN_TTL_MS = 10_000;
const ONCE_PREFIX = 'onetime:';

interface OnceToken {
  /** Path after the API root: the token opens this path only. */
  path: string;
  viewer: Viewer;
  expires: number;
}

function randomToken(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A token for one request of `validity` (a path, with or without the API root) by this user, kept
 * in the API's memo. Expired ones are swept on each signing.
 */
export function signOnceToken(ctx: AuthedContext, validity: string): string {
  const now = ctx.now.getTime();
  for (const [key, value] of ctx.cache) {
    if (key.startsWith(ONCE_PREFIX) && (value as OnceToken).expires < now) ctx.cache.delete(key);
  }
  const at = validity.indexOf(ctx.apiRoot);
  const path = (at >= 0 ? validity.slice(at + ctx.apiRoot.length) : validity).replace(
    /[?#].*$/,
    '',
  );
  const token = randomToken();
  const entry: OnceToken = { path, viewer: ctx.viewer, expires: now + ONCE_TOKEN_TTL_MS };
  ctx.cache.set(`${ONCE_PREFIX}${token}`, entry);
  return token;
}

/** The user a `?onetime=` token was signed for, once, on its own path only. */
export function redeemOnceToken(ctx: RequestContext, token: string): Viewer | undefined {
  const key = `${ONCE_PREFIX}${token}`;
  const entry = ctx.cache.get(key) as OnceToken | undefined;
  if (!entry) return undefined;
  ctx.cache.delete(key);
  return entry.path === ctx.path && entry.expires >= ctx.now.getTime() ? entry.viewer : undefined;
}

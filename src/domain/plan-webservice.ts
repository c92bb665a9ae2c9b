/**
 * A plan as the request bodies of py-ispyb's SSX webservice (`POST /webservices/ssx/
 * datacollectiongroup`, then one `POST /webservices/ssx/datacollection` per run, with
 * `event_chains`), in py-ispyb's own field names, so a beamline control system can send them.
 */
import { planRuns, toSeconds, framePeriod, type Plan } from './plan';
import type { PlanEstimate } from './plan-estimates';
import { formatSeconds } from './timing-format';

export interface WebserviceEvent {
  type: 'XrayDetection' | 'XrayExposure' | 'LaserExcitation' | 'ReactionTrigger';
  name?: string;
  offset: number;
  duration?: number;
  period?: number;
  repetition?: number;
}

export interface WebserviceGroupBody {
  sessionId: number;
  startTime: string;
  endTime?: string;
  experimentType?: 'SSX-Chip' | 'SSX-Jet';
  comments?: string;
  sampleId?: number;
}

export interface WebserviceCollectionBody {
  dataCollectionGroupId: number;
  startTime: string;
  endTime?: string;
  numberOfImages?: number;
  exposureTime?: number;
  repetitionRate?: number;
  imagePrefix?: string;
  experimentName?: string;
  chipModel?: string;
  chipPattern?: string;
  jetSize?: number;
  jetSpeed?: number;
  event_chains: { name?: string; events: WebserviceEvent[] }[];
}

export interface WebserviceBodies {
  datacollectiongroup: WebserviceGroupBody;
  datacollections: WebserviceCollectionBody[];
}

export type WebserviceResult =
  { kind: 'ok'; bodies: WebserviceBodies } | { kind: 'incomplete'; missing: string[] };

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `start` (facility wall-clock, no zone, as py-ispyb dates) plus `seconds`, in the same form.
 * Computed on UTC fields so no time zone or daylight-saving change shifts it.
 */
export function addSecondsToWallClock(start: string, seconds: number): string | undefined {
  const m = WALL_CLOCK.exec(start);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const t = Date.UTC(y, mo - 1, d, h, mi, s) + Math.round(seconds * 1000);
  return new Date(t).toISOString().slice(0, 19);
}

/** A plan's chain for the wire: times in s, empty fields left out (py-ispyb stores null). */
function wireEvents(chain: ReturnType<typeof planRuns>[number]['chain']): WebserviceEvent[] {
  return chain.events.map((e) => {
    const out: WebserviceEvent = { type: e.type as WebserviceEvent['type'], offset: e.offset };
    if (e.name !== undefined) out.name = e.name;
    if (e.duration !== undefined) out.duration = e.duration;
    if (e.period !== undefined && (e.repetition ?? 1) > 1) out.period = e.period;
    if (e.repetition !== undefined) out.repetition = e.repetition;
    return out;
  });
}

/** Image file names: ASCII only, so µs becomes us ("1 µs" → "1_us"). */
const safePrefix = (text: string) =>
  text
    .trim()
    .replace(/µ/g, 'u')
    .replace(/[^\w.-]+/g, '_');

/**
 * The bodies for a plan. `dataCollectionGroupId` is the id the group POST answers (py-ispyb
 * returns it as a bare integer): a control system posts the group first, then the runs with it.
 * Runs follow each other from the planned start, each as long as its estimated beam time.
 */
export function webserviceBodies(
  plan: Plan,
  estimate: PlanEstimate | undefined,
  dataCollectionGroupId: number,
): WebserviceResult {
  const missing: string[] = [];
  if (plan.sessionId === undefined) missing.push('Pick a session: the group is created in it.');
  if (!plan.startTime || !WALL_CLOCK.test(plan.startTime)) missing.push('Set the planned start.');
  const runs = planRuns(plan, formatSeconds);
  if (runs.some((r) => r.chain.events.some((e) => !Number.isFinite(e.offset)))) {
    missing.push('Every event and delay needs a time with a unit.');
  }
  if (plan.sessionId === undefined || !plan.startTime || missing.length > 0) {
    return { kind: 'incomplete', missing };
  }
  const start = plan.startTime;
  const beam = estimate?.runs.map((r) => r.beamTimeS);
  const totalS = beam?.every((b) => b !== undefined)
    ? beam.reduce<number>((a, b) => a + (b ?? 0), 0)
    : undefined;

  const device = plan.device;
  const group: WebserviceGroupBody = {
    sessionId: plan.sessionId,
    startTime: addSecondsToWallClock(start, 0) ?? start,
  };
  if (totalS !== undefined) group.endTime = addSecondsToWallClock(start, totalS);
  // py-ispyb knows two experiment types; a tape drive is neither, so it is left unset
  if (device.kind === 'chip') group.experimentType = 'SSX-Chip';
  else if (device.kind !== 'tape') group.experimentType = 'SSX-Jet';
  const comments = [plan.name.trim(), plan.notes.trim()].filter(Boolean).join(' — ');
  if (comments) group.comments = comments;
  if (plan.sampleId !== undefined) group.sampleId = plan.sampleId;

  const exposure = plan.events.find((e) => e.type === 'XrayExposure');
  const exposureTime = exposure ? toSeconds(exposure.duration) : undefined;
  const frame = framePeriod(plan.events);
  let elapsed = 0;
  const datacollections = runs.map((run, i): WebserviceCollectionBody => {
    const runEstimate = estimate?.runs[i];
    const name = `${safePrefix(plan.name) || 'plan'}_${safePrefix(run.label)}`;
    const body: WebserviceCollectionBody = {
      dataCollectionGroupId,
      startTime: addSecondsToWallClock(start, elapsed) ?? start,
      imagePrefix: name,
      experimentName: name,
      event_chains: [{ name: run.label, events: wireEvents(run.chain) }],
    };
    const runTime = runEstimate?.beamTimeS;
    if (runTime !== undefined) {
      elapsed += runTime;
      body.endTime = addSecondsToWallClock(start, elapsed);
    }
    if (runEstimate) body.numberOfImages = runEstimate.images;
    if (exposureTime !== undefined) body.exposureTime = exposureTime;
    if (frame !== undefined) body.repetitionRate = 1 / frame;
    if (device.kind === 'chip') {
      body.chipModel = device.model;
      body.chipPattern = device.pattern;
    } else if (device.kind !== 'tape') {
      if (device.sizeUm !== undefined) body.jetSize = device.sizeUm;
      if (device.speedMs !== undefined) body.jetSpeed = device.speedMs;
    }
    return body;
  });
  return { kind: 'ok', bodies: { datacollectiongroup: group, datacollections } };
}

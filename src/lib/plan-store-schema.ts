/**
 * The plan file format (`docs/plan-schema.md`), validated with zod wherever a plan comes from
 * outside the running code: an imported file, or a browser storage entry written by another
 * tab or an older build.
 */
import { z } from 'zod';
import { PLAN_SCHEMA_VERSION, TIME_UNITS, type Plan } from '../domain/plan';

export const PLAN_FILE_FORMAT = 'ispyb-web-run-plan';

// JSON has no `undefined`: an empty field is written as null and read back as undefined
const optional = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((v) => v ?? undefined);

const timeValueSchema = z.object({
  value: optional(z.number()),
  unit: optional(z.enum(TIME_UNITS)),
});

const eventSchema = z.object({
  key: z.string().min(1),
  type: z.enum(['LaserExcitation', 'ReactionTrigger', 'XrayExposure', 'XrayDetection']),
  name: z.string(),
  offset: timeValueSchema,
  duration: timeValueSchema,
  period: timeValueSchema,
  repetition: optional(z.number()),
});

const delaySchema = z.discriminatedUnion('kind', [
  z.object({ key: z.string().min(1), kind: z.literal('delay'), delay: timeValueSchema }),
  z.object({ key: z.string().min(1), kind: z.literal('dark') }),
]);

const deviceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('chip'),
    model: z.string(),
    pattern: z.string(),
    slurryPerChipUl: optional(z.number()),
  }),
  z.object({
    kind: z.enum(['liquid-jet', 'viscous-injector']),
    sizeUm: optional(z.number()),
    speedMs: optional(z.number()),
    material: z.string(),
  }),
  z.object({
    kind: z.literal('tape'),
    material: z.string(),
    dropVolumeNl: optional(z.number()),
  }),
]);

const rateSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('typical') }),
  z.object({ kind: z.literal('user') }),
  z.object({
    kind: z.literal('sample-history'),
    sampleId: z.number(),
    runs: z.number(),
    images: z.number(),
  }),
]);

/** Typed as the domain `Plan`: the compiler checks the schema reads exactly that shape. */
export const planSchema: z.ZodType<Plan> = z.object({
  id: z.string().min(1),
  name: z.string(),
  owner: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  proposalName: optional(z.string()),
  sessionId: optional(z.number().int()),
  sampleId: optional(z.number().int()),
  sampleName: optional(z.string()),
  startTime: optional(z.string()),
  device: deviceSchema,
  events: z.array(eventSchema),
  delays: z.array(delaySchema),
  detectorReadout: timeValueSchema,
  targets: z.object({
    indexedPerDelay: optional(z.number()),
    hitRate: optional(z.number()),
    indexingRate: optional(z.number()),
    rateSource: rateSourceSchema,
  }),
  notes: z.string(),
});

export interface PlanFile {
  format: typeof PLAN_FILE_FORMAT;
  schemaVersion: number;
  plan: Plan;
}

/** JSON text of a plan file; undefined fields become null so every field is present. */
export function planToJson(plan: Plan): string {
  const file: PlanFile = { format: PLAN_FILE_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION, plan };
  return `${JSON.stringify(file, (_k, v: unknown) => (v === undefined ? null : v), 2)}\n`;
}

export type PlanReadResult = { ok: true; plan: Plan } | { ok: false; message: string };

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** A plan file's content (already parsed JSON), or what is wrong with it, in words. */
export function readPlanFile(json: unknown): PlanReadResult {
  const head = z
    .object({ format: z.string().optional(), schemaVersion: z.unknown().optional() })
    .safeParse(json);
  if (!head.success || head.data.format !== PLAN_FILE_FORMAT) {
    return { ok: false, message: 'This is not an ispyb-web run plan file.' };
  }
  const version = head.data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'The file does not say which plan schema version it uses.' };
  }
  if (version > PLAN_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `This plan was saved by a newer ispyb-web (schema version ${version}); this version reads version ${PLAN_SCHEMA_VERSION}. Update ispyb-web to open it.`,
    };
  }
  const parsed = planSchema.safeParse((json as { plan?: unknown }).plan);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const shown = issues.slice(0, 3).map(describeIssue).join('; ');
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    return { ok: false, message: `The plan in this file is not valid: ${shown}${more}.` };
  }
  return { ok: true, plan: parsed.data };
}

/** A plan file's text, or what is wrong with it. */
export function parsePlanJson(text: string): PlanReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON.' };
  }
  return readPlanFile(json);
}

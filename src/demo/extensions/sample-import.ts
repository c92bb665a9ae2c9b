/**
 * The sample-import extension (docs/extensions/sample-import.md): `POST /samples/ssx` creates a
 * list of slurry samples with their crystals and compositions in one container, all or nothing.
 */
import { z } from 'zod';
import type { DatasetIndex } from '../dataset-index';
import type { BLSampleRow, CompositionRow, CrystalRow, SampleSupport } from '../dataset.types';
import { toIsoLocal } from '../dates.util';
import { HttpError, jsonResponse, ValidationError, type ValidationIssue } from '../http.util';
import { route } from '../router';
import { serializeSample } from '../serialize-samples';
import { canSeeProposalId, type Viewer } from '../visibility';
import type { DemoExtension } from './index';

const SUPPORTS: readonly SampleSupport[] = ['Injector', 'Chip', 'Tape drive'];
const NAME_PATTERN = /^[A-Za-z0-9_-]{1,45}$/;

const nullableNumber = z.number().nullable().optional();

const compositionSchema = z.object({
  Component: z.object({
    name: z.string().min(1).max(255),
    composition: z.string().max(255).nullable().optional(),
    ComponentType: z.object({ name: z.string() }),
  }),
  abundance: z.number().positive().nullable().optional(),
  ratio: z.number().positive().nullable().optional(),
  ph: z.number().min(0).max(14).nullable().optional(),
  ConcentrationType: z.object({ symbol: z.string() }).nullable().optional(),
});

const sampleSchema = z.object({
  containerId: z.number().int(),
  name: z.string().regex(NAME_PATTERN, 'letters, digits, _ and - only, at most 45'),
  location: z.number().int().min(1).nullable().optional(),
  comments: z.string().max(1024).nullable().optional(),
  volume: z.number().positive(),
  support: z.string().nullable().optional(),
  Crystal: z.object({
    proteinId: z.number().int(),
    size_X: nullableNumber,
    size_Y: nullableNumber,
    size_Z: nullableNumber,
    abundance: z.number().positive().nullable().optional(),
    crystal_compositions: z.array(compositionSchema).default([]),
  }),
  sample_compositions: z.array(compositionSchema).default([]),
});

const bodySchema = z.array(sampleSchema).min(1).max(10_000);

type SampleCreate = z.infer<typeof sampleSchema>;
type CompositionCreate = z.infer<typeof compositionSchema>;

/** FastAPI's wording for a body that does not match the schema. */
function schemaIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    loc: ['body', ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
    msg: issue.message,
    type: issue.code === 'invalid_type' ? 'type_error' : 'value_error',
  }));
}

function maxId<T>(rows: readonly T[], id: (row: T) => number): number {
  return rows.reduce((max, row) => Math.max(max, id(row)), 0);
}

/** Checks what needs the database: container, protein, lookups, names and positions in use. */
function checkReferences(db: DatasetIndex, viewer: Viewer, samples: SampleCreate[]) {
  const issues: ValidationIssue[] = [];
  const issue = (loc: (string | number)[], msg: string) =>
    issues.push({ loc: ['body', ...loc], msg, type: 'value_error' });
  const namesUsed = new Map<number, Set<string>>();
  const locationsUsed = new Map<number, Set<number>>();
  let forbidden = false;

  samples.forEach((sample, i) => {
    const container = db.containers.get(sample.containerId);
    const dewar = container ? db.dewars.get(container.dewarId) : undefined;
    const shipping = dewar ? db.shippings.get(dewar.shippingId) : undefined;
    if (!container || !shipping || !canSeeProposalId(db, viewer, shipping.proposalId)) {
      issue([i, 'containerId'], 'Container not found');
      return;
    }
    // Users fill their own proposals' containers; facility staff see them but do not write them.
    if (!viewer.proposalIds.has(shipping.proposalId)) forbidden = true;
    const protein = db.proteins.get(sample.Crystal.proteinId);
    if (!protein || protein.proposalId !== shipping.proposalId) {
      issue([i, 'Crystal', 'proteinId'], 'Protein not found in the proposal of the container');
    }
    if (sample.support != null && !SUPPORTS.includes(sample.support as SampleSupport)) {
      issue([i, 'support'], `Unknown support; expected one of ${SUPPORTS.join(', ')}`);
    }
    if (!namesUsed.has(container.containerId)) {
      const existing = db.samplesByContainer.get(container.containerId) ?? [];
      namesUsed.set(container.containerId, new Set(existing.map((s) => s.name.toLowerCase())));
      locationsUsed.set(
        container.containerId,
        new Set(existing.flatMap((s) => (s.location === null ? [] : [s.location]))),
      );
    }
    const names = namesUsed.get(container.containerId) ?? new Set();
    const locations = locationsUsed.get(container.containerId) ?? new Set();
    if (names.has(sample.name.toLowerCase())) {
      issue([i, 'name'], 'A sample of this name is already in the container');
    }
    names.add(sample.name.toLowerCase());
    if (sample.location != null) {
      if (container.capacity !== null && sample.location > container.capacity) {
        issue([i, 'location'], `The container has ${container.capacity} positions`);
      } else if (locations.has(sample.location)) {
        issue([i, 'location'], 'Position already taken in the container');
      }
      locations.add(sample.location);
    }
    const checkCompositions = (loc: (string | number)[], list: CompositionCreate[]) =>
      list.forEach((composition, j) => {
        const typeName = composition.Component.ComponentType.name;
        if (!db.data.componentTypes.some((t) => t.name === typeName)) {
          issue([...loc, j, 'Component', 'ComponentType'], `Unknown component type ${typeName}`);
        }
        const symbol = composition.ConcentrationType?.symbol;
        if (symbol !== undefined && !db.data.concentrationTypes.some((t) => t.symbol === symbol)) {
          issue([...loc, j, 'ConcentrationType'], `Unknown concentration type ${symbol}`);
        }
        if (symbol !== undefined && composition.abundance == null) {
          issue([...loc, j, 'abundance'], 'A concentration type needs an abundance');
        }
      });
    checkCompositions([i, 'Crystal', 'crystal_compositions'], sample.Crystal.crystal_compositions);
    checkCompositions([i, 'sample_compositions'], sample.sample_compositions);
  });
  return { issues, forbidden };
}

/** Writes the rows and keeps the indexes in step, so every read route sees the new samples. */
function insert(db: DatasetIndex, samples: SampleCreate[], now: Date): BLSampleRow[] {
  const data = db.data;
  let crystalId = maxId(data.crystals, (r) => r.crystalId);
  let sampleId = maxId(data.samples, (r) => r.blSampleId);
  let componentId = maxId(data.components, (r) => r.componentId);
  let compositionId = Math.max(
    maxId(data.sampleCompositions, (r) => r.compositionId),
    maxId(data.crystalCompositions, (r) => r.compositionId),
  );
  const push = <K, T>(map: Map<K, T[]>, key: K, row: T) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };

  /** A proposal's component of that name and type is reused, as the ssx-samples branch does. */
  const componentFor = (proposalId: number, c: CompositionCreate['Component']): number => {
    const typeId = data.componentTypes.find(
      (t) => t.name === c.ComponentType.name,
    )?.componentTypeId;
    if (typeId === undefined) throw new Error('checked before');
    const existing = data.components.find(
      (row) =>
        row.proposalId === proposalId &&
        row.componentTypeId === typeId &&
        row.name === c.name &&
        row.composition === (c.composition ?? null),
    );
    if (existing) return existing.componentId;
    componentId += 1;
    const row = {
      componentId,
      componentTypeId: typeId,
      proposalId,
      name: c.name,
      composition: c.composition ?? null,
    };
    data.components.push(row);
    db.components.set(row.componentId, row);
    return row.componentId;
  };
  const compositionRow = (
    proposalId: number,
    owner: { blSampleId: number | null; crystalId: number | null },
    c: CompositionCreate,
  ): CompositionRow => {
    compositionId += 1;
    const symbol = c.ConcentrationType?.symbol;
    return {
      compositionId,
      componentId: componentFor(proposalId, c.Component),
      ...owner,
      concentrationTypeId:
        symbol === undefined
          ? null
          : (data.concentrationTypes.find((t) => t.symbol === symbol)?.concentrationTypeId ?? null),
      abundance: c.abundance ?? null,
      ratio: c.ratio ?? null,
      ph: c.ph ?? null,
    };
  };

  return samples.map((sample) => {
    const protein = db.proteins.get(sample.Crystal.proteinId);
    if (!protein) throw new Error('checked before');
    crystalId += 1;
    const crystal: CrystalRow = {
      crystalId,
      proteinId: protein.proteinId,
      spaceGroup: null,
      cell_a: null,
      cell_b: null,
      cell_c: null,
      cell_alpha: null,
      cell_beta: null,
      cell_gamma: null,
      size_X: sample.Crystal.size_X ?? null,
      size_Y: sample.Crystal.size_Y ?? null,
      size_Z: sample.Crystal.size_Z ?? null,
      abundance: sample.Crystal.abundance ?? null,
      comments: null,
    };
    data.crystals.push(crystal);
    db.crystals.set(crystalId, crystal);
    sampleId += 1;
    const row: BLSampleRow = {
      blSampleId: sampleId,
      crystalId,
      containerId: sample.containerId,
      name: sample.name,
      comments: sample.comments ?? null,
      location: sample.location ?? null,
      loopType: null,
      volume: sample.volume,
      support: (sample.support as SampleSupport | null | undefined) ?? null,
      recordTimeStamp: toIsoLocal(now),
    };
    data.samples.push(row);
    db.samples.set(row.blSampleId, row);
    push(db.samplesByContainer, sample.containerId, row);
    for (const c of sample.Crystal.crystal_compositions) {
      const composition = compositionRow(protein.proposalId, { blSampleId: null, crystalId }, c);
      data.crystalCompositions.push(composition);
      push(db.crystalCompositionsByCrystal, crystalId, composition);
    }
    for (const c of sample.sample_compositions) {
      const composition = compositionRow(
        protein.proposalId,
        { blSampleId: row.blSampleId, crystalId: null },
        c,
      );
      data.sampleCompositions.push(composition);
      push(db.sampleCompositionsBySample, row.blSampleId, composition);
    }
    return row;
  });
}

const compositionCreateSchema = {
  title: 'SSXCompositionCreate',
  type: 'object',
  required: ['Component'],
  properties: {
    Component: {
      type: 'object',
      required: ['name', 'ComponentType'],
      properties: {
        name: { type: 'string', maxLength: 255 },
        composition: { type: 'string', nullable: true, maxLength: 255 },
        ComponentType: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string', description: 'ComponentType.name' } },
        },
      },
    },
    abundance: { type: 'number', nullable: true, description: 'In the ConcentrationType unit' },
    ratio: { type: 'number', nullable: true },
    ph: { type: 'number', nullable: true },
    ConcentrationType: {
      type: 'object',
      nullable: true,
      properties: { symbol: { type: 'string', description: 'ConcentrationType.symbol' } },
    },
  },
};

export const sampleImportExtension: DemoExtension = {
  name: 'sample-import',
  routes: [
    route('POST', '/samples/ssx', async ({ db, viewer, request, now }) => {
      let json: unknown;
      try {
        json = await request.json();
      } catch {
        throw new ValidationError([
          {
            loc: ['body'],
            msg: 'Expecting a JSON list of samples',
            type: 'value_error.jsondecode',
          },
        ]);
      }
      const parsed = bodySchema.safeParse(json);
      if (!parsed.success) throw new ValidationError(schemaIssues(parsed.error));
      const { issues, forbidden } = checkReferences(db, viewer, parsed.data);
      if (forbidden) throw new HttpError(403, 'Not Authorized');
      if (issues.length > 0) throw new ValidationError(issues);
      const created = insert(db, parsed.data, now);
      return jsonResponse(
        created.map((row) => serializeSample(db, row)),
        201,
      );
    }),
  ],
  openapi: {
    paths: {
      '/ispyb/api/v1/samples/ssx': {
        post: {
          tags: ['Samples'],
          summary: 'Create SSX samples (ispyb-web extension)',
          description:
            'Creates slurry samples with their crystals and compositions in containers of the ' +
            "user's own proposals, all or nothing. 422 locates each problem as " +
            '["body", <index>, <field>…].',
          operationId: 'create_ssx_samples',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'array', items: { $ref: '#/components/schemas/SSXSampleImport' } },
              },
            },
          },
          responses: {
            '201': {
              description: 'The created samples, in the order sent',
              content: {
                'application/json': {
                  schema: { type: 'array', items: { $ref: '#/components/schemas/Sample' } },
                },
              },
            },
            '403': { description: 'Not a member of the container’s proposal' },
            '422': {
              description: 'Validation Error',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/HTTPValidationError' },
                },
              },
            },
          },
          security: [{ HTTPBearer: [] }],
        },
      },
    },
    schemas: {
      SSXCompositionCreate: compositionCreateSchema,
      SSXSampleImport: {
        title: 'SSXSampleImport',
        type: 'object',
        required: ['containerId', 'name', 'volume', 'Crystal'],
        properties: {
          containerId: { type: 'integer' },
          name: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,45}$' },
          location: { type: 'integer', nullable: true },
          comments: { type: 'string', nullable: true },
          volume: { type: 'number', description: 'µL' },
          support: { type: 'string', enum: [...SUPPORTS], nullable: true },
          Crystal: {
            type: 'object',
            required: ['proteinId'],
            properties: {
              proteinId: { type: 'integer' },
              size_X: { type: 'number', nullable: true, description: 'µm' },
              size_Y: { type: 'number', nullable: true, description: 'µm' },
              size_Z: { type: 'number', nullable: true, description: 'µm' },
              abundance: { type: 'number', nullable: true, description: 'crystals/mL' },
              crystal_compositions: {
                type: 'array',
                items: { $ref: '#/components/schemas/SSXCompositionCreate' },
              },
            },
          },
          sample_compositions: {
            type: 'array',
            items: { $ref: '#/components/schemas/SSXCompositionCreate' },
          },
        },
      },
    },
  },
};

import { proposalName, type DatasetIndex } from './dataset-index';
import type { ContainerRow, DewarRow, SafetyLevel, ShippingRow } from './dataset.types';
import { toIsoLocal } from './dates.util';
import {
  HttpError,
  jsonResponse,
  paginate,
  ValidationError,
  type ValidationIssue,
} from './http.util';
import { PAGING, PROPOSAL_PATTERN, pageOf, parsePathInt, parseQuery } from './query.util';
import { route, type Route } from './router';
import {
  serializeContainer,
  serializeDewar,
  serializeLabContact,
  serializeShipping,
} from './serialize-shipping';
import { canSeeProposalId, type Viewer } from './visibility';

/** Visible through the owning proposal; `proposal` (a name) narrows to one proposal. */
function proposalFilter(db: DatasetIndex, viewer: Viewer, proposal: string | undefined) {
  return (proposalId: number): boolean => {
    if (!canSeeProposalId(db, viewer, proposalId)) return false;
    if (proposal === undefined) return true;
    const row = db.proposals.get(proposalId);
    return row !== undefined && proposalName(row) === proposal;
  };
}

function shippingProposal(db: DatasetIndex, shippingId: number): number {
  return db.shippings.get(shippingId)?.proposalId ?? -1;
}

function dewarProposal(db: DatasetIndex, dewarId: number): number {
  const dewar = db.dewars.get(dewarId);
  return dewar ? shippingProposal(db, dewar.shippingId) : -1;
}

/*
 * Writes (contract-notes 3.6). The demo serves the documented behaviour, not the real server's
 * 500s on POST /dewars and the container routes. Row-level rules as for reads (an invisible
 * shipment is 404); writing needs the proposal itself (ProposalHasPerson) or `all_proposals`:
 * someone who sees a shipment only through a beamline group or a session may read, not change
 * it (403 `Not Authorized`, the server's wording).
 */

type FieldKind = 'int' | 'string' | 'safety';
interface FieldSpec {
  kind: FieldKind;
  required: boolean;
}

const SAFETY: readonly SafetyLevel[] = ['GREEN', 'YELLOW', 'RED'];

/** pydantic v1 over a JSON body: every problem listed with its `loc`, as FastAPI answers. */
async function readBody(
  request: Request,
  spec: Record<string, FieldSpec>,
): Promise<Record<string, string | number | undefined>> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new ValidationError([
      {
        loc: ['body', 0],
        msg: 'Expecting value: line 1 column 1 (char 0)',
        type: 'value_error.jsondecode',
      },
    ]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError([
      { loc: ['body'], msg: 'value is not a valid dict', type: 'type_error.dict' },
    ]);
  }
  const input = body as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const out: Record<string, string | number | undefined> = {};
  for (const [name, field] of Object.entries(spec)) {
    const loc = ['body', name];
    const value = input[name];
    if (value === undefined || value === null) {
      if (field.required) issues.push({ loc, msg: 'field required', type: 'value_error.missing' });
      continue;
    }
    if (field.kind === 'int') {
      // pydantic v1 coerces integral numbers and digit strings
      const n = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) {
        issues.push({ loc, msg: 'value is not a valid integer', type: 'type_error.integer' });
      } else out[name] = n;
    } else if (field.kind === 'string') {
      if (typeof value === 'string') out[name] = value;
      else if (typeof value === 'number') out[name] = String(value);
      else issues.push({ loc, msg: 'str type expected', type: 'type_error.str' });
    } else if (typeof value === 'string' && (SAFETY as readonly string[]).includes(value)) {
      out[name] = value;
    } else {
      issues.push({
        loc,
        msg: `value is not a valid enumeration member; permitted: ${SAFETY.map((v) => `'${v}'`).join(', ')}`,
        type: 'type_error.enum',
        ctx: { enum_values: [...SAFETY] },
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return out;
}

const req = (kind: FieldKind): FieldSpec => ({ kind, required: true });
const opt = (kind: FieldKind): FieldSpec => ({ kind, required: false });

const SHIPPING_CREATE = {
  proposalId: req('int'),
  shippingName: req('string'),
  sendingLabContactId: req('int'),
  returnLabContactId: req('int'),
  safetyLevel: opt('safety'),
  comments: opt('string'),
};
const SHIPPING_PATCH = {
  shippingName: opt('string'),
  sendingLabContactId: opt('int'),
  returnLabContactId: opt('int'),
  safetyLevel: opt('safety'),
  comments: opt('string'),
};
const DEWAR_CREATE = { shippingId: req('int'), code: req('string'), dewarType: opt('string') };
const DEWAR_PATCH = { code: opt('string'), dewarType: opt('string') };
const CONTAINER_CREATE = {
  code: req('string'),
  dewarId: req('int'),
  containerType: req('string'),
  sampleChangerLocation: opt('string'),
  beamlineLocation: opt('string'),
};
const CONTAINER_PATCH = {
  code: opt('string'),
  containerType: opt('string'),
  sampleChangerLocation: opt('string'),
  beamlineLocation: opt('string'),
};

function canWrite(viewer: Viewer, proposalId: number): boolean {
  return viewer.allProposals || viewer.proposalIds.has(proposalId);
}

/** 404 when invisible (as for reads), 403 when visible but read-only for this user. */
function writableShipping(db: DatasetIndex, viewer: Viewer, shippingId: number): ShippingRow {
  const shipping = db.shippings.get(shippingId);
  if (!shipping || !canSeeProposalId(db, viewer, shipping.proposalId)) {
    throw new HttpError(404, 'Shipment not found');
  }
  if (!canWrite(viewer, shipping.proposalId)) throw new HttpError(403, 'Not Authorized');
  return shipping;
}

function writableDewar(db: DatasetIndex, viewer: Viewer, dewarId: number): DewarRow {
  const dewar = db.dewars.get(dewarId);
  if (!dewar || !canSeeProposalId(db, viewer, shippingProposal(db, dewar.shippingId))) {
    throw new HttpError(404, 'Dewar not found');
  }
  if (!canWrite(viewer, shippingProposal(db, dewar.shippingId))) {
    throw new HttpError(403, 'Not Authorized');
  }
  return dewar;
}

/** A lab contact must belong to the shipment's proposal (the foreign key py-ispyb relies on). */
function checkContacts(
  db: DatasetIndex,
  proposalId: number,
  body: Record<string, string | number | undefined>,
): void {
  const issues: ValidationIssue[] = [];
  for (const field of ['sendingLabContactId', 'returnLabContactId']) {
    const id = body[field];
    if (id === undefined) continue;
    const contact = db.labContacts.get(Number(id));
    if (!contact || contact.proposalId !== proposalId) {
      issues.push({
        loc: ['body', field],
        msg: 'No such lab contact in this proposal',
        type: 'value_error.labcontact',
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

function nextId<T>(rows: readonly T[], id: (row: T) => number): number {
  return rows.reduce((max, row) => Math.max(max, id(row)), 0) + 1;
}

function str(value: string | number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

function num(value: string | number | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

const LIST_PARAMS = { proposal: { kind: 'string', pattern: PROPOSAL_PATTERN }, ...PAGING } as const;

export const shippingRoutes: Route[] = [
  route('GET', '/shippings', ({ db, viewer, query }) => {
    const params = parseQuery(query, LIST_PARAMS);
    const keep = proposalFilter(db, viewer, params.proposal);
    const { skip, limit } = pageOf(params);
    const page = paginate(
      db.data.shippings.filter((s) => keep(s.proposalId)),
      skip,
      limit,
    );
    return jsonResponse({ ...page, results: page.results.map((s) => serializeShipping(db, s)) });
  }),

  route('POST', '/shippings', async ({ db, viewer, request, now }) => {
    const body = await readBody(request, SHIPPING_CREATE);
    const proposalId = Number(body.proposalId);
    if (!canSeeProposalId(db, viewer, proposalId)) throw new HttpError(404, 'No such proposal');
    if (!canWrite(viewer, proposalId)) throw new HttpError(403, 'Not Authorized');
    checkContacts(db, proposalId, body);
    const shipping: ShippingRow = {
      shippingId: nextId(db.data.shippings, (row) => row.shippingId),
      proposalId,
      shippingName: String(body.shippingName),
      shippingStatus: 'opened',
      comments: str(body.comments) ?? null,
      sendingLabContactId: Number(body.sendingLabContactId),
      returnLabContactId: Number(body.returnLabContactId),
      safetyLevel: (str(body.safetyLevel) as SafetyLevel | undefined) ?? 'GREEN',
      bltimeStamp: toIsoLocal(now),
    };
    db.data.shippings.push(shipping);
    db.shippings.set(shipping.shippingId, shipping);
    return jsonResponse(serializeShipping(db, shipping, true), 201);
  }),

  route('PATCH', '/shippings/{shippingId}', async ({ db, viewer, params, request }) => {
    const shipping = writableShipping(db, viewer, parsePathInt(params, 'shippingId'));
    const body = await readBody(request, SHIPPING_PATCH);
    checkContacts(db, shipping.proposalId, body);
    shipping.shippingName = str(body.shippingName) ?? shipping.shippingName;
    shipping.comments = str(body.comments) ?? shipping.comments;
    shipping.sendingLabContactId = num(body.sendingLabContactId) ?? shipping.sendingLabContactId;
    shipping.returnLabContactId = num(body.returnLabContactId) ?? shipping.returnLabContactId;
    shipping.safetyLevel =
      (str(body.safetyLevel) as SafetyLevel | undefined) ?? shipping.safetyLevel;
    return jsonResponse(serializeShipping(db, shipping, true));
  }),

  route('GET', '/shippings/{shippingId}', ({ db, viewer, params }) => {
    const shipping = db.shippings.get(parsePathInt(params, 'shippingId'));
    if (!shipping || !canSeeProposalId(db, viewer, shipping.proposalId)) {
      throw new HttpError(404, 'Shipment not found');
    }
    return jsonResponse(serializeShipping(db, shipping, true));
  }),

  route('GET', '/dewars', ({ db, viewer, query }) => {
    const params = parseQuery(query, { ...LIST_PARAMS, shippingId: { kind: 'int' } });
    const keep = proposalFilter(db, viewer, params.proposal);
    const { skip, limit } = pageOf(params);
    const dewars = db.data.dewars.filter(
      (d) =>
        keep(shippingProposal(db, d.shippingId)) &&
        (params.shippingId === undefined || d.shippingId === params.shippingId),
    );
    const page = paginate(dewars, skip, limit);
    return jsonResponse({ ...page, results: page.results.map((d) => serializeDewar(db, d)) });
  }),

  route('POST', '/dewars', async ({ db, viewer, request }) => {
    const body = await readBody(request, DEWAR_CREATE);
    const shipping = writableShipping(db, viewer, Number(body.shippingId));
    const dewar: DewarRow = {
      dewarId: nextId(db.data.dewars, (row) => row.dewarId),
      shippingId: shipping.shippingId,
      code: String(body.code),
      barCode: null,
      dewarStatus: 'opened',
      type: 'Dewar',
    };
    db.data.dewars.push(dewar);
    db.dewars.set(dewar.dewarId, dewar);
    const siblings = db.dewarsByShipping.get(dewar.shippingId);
    if (siblings) siblings.push(dewar);
    else db.dewarsByShipping.set(dewar.shippingId, [dewar]);
    return jsonResponse(serializeDewar(db, dewar), 201);
  }),

  route('PATCH', '/dewars/{dewarId}', async ({ db, viewer, params, request }) => {
    const dewar = writableDewar(db, viewer, parsePathInt(params, 'dewarId'));
    const body = await readBody(request, DEWAR_PATCH);
    dewar.code = str(body.code) ?? dewar.code;
    return jsonResponse(serializeDewar(db, dewar));
  }),

  route('GET', '/dewars/{dewarId}', ({ db, viewer, params }) => {
    const dewar = db.dewars.get(parsePathInt(params, 'dewarId'));
    if (!dewar || !canSeeProposalId(db, viewer, shippingProposal(db, dewar.shippingId))) {
      throw new HttpError(404, 'Dewar not found');
    }
    return jsonResponse(serializeDewar(db, dewar));
  }),

  route('GET', '/containers', ({ db, viewer, query }) => {
    const params = parseQuery(query, LIST_PARAMS);
    const keep = proposalFilter(db, viewer, params.proposal);
    const { skip, limit } = pageOf(params);
    const page = paginate(
      db.data.containers.filter((c) => keep(dewarProposal(db, c.dewarId))),
      skip,
      limit,
    );
    return jsonResponse({ ...page, results: page.results.map((c) => serializeContainer(db, c)) });
  }),

  route('POST', '/containers', async ({ db, viewer, request }) => {
    const body = await readBody(request, CONTAINER_CREATE);
    const dewar = writableDewar(db, viewer, Number(body.dewarId));
    const container: ContainerRow = {
      containerId: nextId(db.data.containers, (row) => row.containerId),
      dewarId: dewar.dewarId,
      code: String(body.code),
      containerType: String(body.containerType),
      capacity: null,
      sampleChangerLocation: str(body.sampleChangerLocation) ?? null,
      beamlineLocation: str(body.beamlineLocation) ?? null,
      containerStatus: 'opened',
    };
    db.data.containers.push(container);
    db.containers.set(container.containerId, container);
    const siblings = db.containersByDewar.get(dewar.dewarId);
    if (siblings) siblings.push(container);
    else db.containersByDewar.set(dewar.dewarId, [container]);
    return jsonResponse(serializeContainer(db, container), 201);
  }),

  route('PATCH', '/containers/{containerId}', async ({ db, viewer, params, request }) => {
    const container = db.containers.get(parsePathInt(params, 'containerId'));
    if (!container || !canSeeProposalId(db, viewer, dewarProposal(db, container.dewarId))) {
      throw new HttpError(404, 'Container not found');
    }
    writableDewar(db, viewer, container.dewarId);
    const body = await readBody(request, CONTAINER_PATCH);
    container.code = str(body.code) ?? container.code;
    container.containerType = str(body.containerType) ?? container.containerType;
    container.sampleChangerLocation =
      str(body.sampleChangerLocation) ?? container.sampleChangerLocation;
    container.beamlineLocation = str(body.beamlineLocation) ?? container.beamlineLocation;
    return jsonResponse(serializeContainer(db, container));
  }),

  // The real server answers 500 here (a misspelt model name); the demo serves the intended Container.
  route('GET', '/containers/{containerId}', ({ db, viewer, params }) => {
    const container = db.containers.get(parsePathInt(params, 'containerId'));
    if (!container || !canSeeProposalId(db, viewer, dewarProposal(db, container.dewarId))) {
      throw new HttpError(404, 'Container not found');
    }
    return jsonResponse(serializeContainer(db, container));
  }),

  route('GET', '/labcontacts', ({ db, viewer, query }) => {
    const params = parseQuery(query, LIST_PARAMS);
    const keep = proposalFilter(db, viewer, params.proposal);
    const { skip, limit } = pageOf(params);
    const page = paginate(
      db.data.labContacts.filter((c) => keep(c.proposalId)),
      skip,
      limit,
    );
    return jsonResponse({ ...page, results: page.results.map((c) => serializeLabContact(db, c)) });
  }),

  route('GET', '/labcontacts/{labContactId}', ({ db, viewer, params }) => {
    const contact = db.labContacts.get(parsePathInt(params, 'labContactId'));
    if (!contact || !canSeeProposalId(db, viewer, contact.proposalId)) {
      throw new HttpError(404, 'Lab contact not found');
    }
    return jsonResponse(serializeLabContact(db, contact, true));
  }),
];

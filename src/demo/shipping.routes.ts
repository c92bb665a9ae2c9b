import { proposalName, type DatasetIndex } from './dataset-index';
import { HttpError, jsonResponse, paginate } from './http.util';
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

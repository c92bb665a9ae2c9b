import { proposalName, type DatasetIndex } from './dataset-index';
import type { BLSampleRow, ProteinRow } from './dataset.types';
import { HttpError, jsonResponse, paginate } from './http.util';
import { PAGING, PROPOSAL_PATTERN, pageOf, parsePathInt, parseQuery } from './query.util';
import { route, type Route } from './router';
import {
  sampleProposalId,
  serializeComponent,
  serializeProtein,
  serializeSample,
} from './serialize-samples';
import { canSeeProposalId, type Viewer } from './visibility';

const ORDER = { kind: 'enum', values: ['asc', 'desc'] } as const;

function matchesProposal(
  db: DatasetIndex,
  proposalId: number | null,
  proposal: string | undefined,
): boolean {
  if (proposal === undefined) return true;
  const row = proposalId === null ? undefined : db.proposals.get(proposalId);
  return row !== undefined && proposalName(row) === proposal;
}

function visibleSample(db: DatasetIndex, viewer: Viewer, sample: BLSampleRow): boolean {
  const proposalId = sampleProposalId(db, sample);
  return proposalId !== null && canSeeProposalId(db, viewer, proposalId);
}

function compareBy<T>(key: (row: T) => number | string | null, direction: 'asc' | 'desc') {
  const sign = direction === 'asc' ? 1 : -1;
  return (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    if (x === y) return 0;
    if (x === null) return -sign;
    if (y === null) return sign;
    return (x < y ? -1 : 1) * sign;
  };
}

const emptyPage = (query: URLSearchParams, extra: Parameters<typeof parseQuery>[1]) => {
  const { skip, limit } = pageOf(parseQuery(query, { ...PAGING, ...extra }));
  return jsonResponse({ total: 0, results: [], skip, limit });
};

export const sampleRoutes: Route[] = [
  route('GET', '/proteins', ({ db, viewer, query }) => {
    const params = parseQuery(query, {
      ...PAGING,
      proteinId: { kind: 'int' },
      proposal: { kind: 'string', pattern: PROPOSAL_PATTERN },
      search: { kind: 'string' },
      order_by: { kind: 'enum', values: ['proteinId', 'acronym', 'name'] },
      order: ORDER,
    });
    const { skip, limit } = pageOf(params);
    const search = params.search?.toLowerCase();
    const proteins = db.data.proteins.filter(
      (protein) =>
        canSeeProposalId(db, viewer, protein.proposalId) &&
        matchesProposal(db, protein.proposalId, params.proposal) &&
        (params.proteinId === undefined || protein.proteinId === params.proteinId) &&
        (!search ||
          protein.name.toLowerCase().includes(search) ||
          protein.acronym.toLowerCase().includes(search)),
    );
    const orderBy = params.order_by as keyof ProteinRow | undefined;
    if (orderBy) {
      proteins.sort(
        compareBy(
          (p: ProteinRow) => p[orderBy] as string | number,
          params.order === 'desc' ? 'desc' : 'asc',
        ),
      );
    }
    const page = paginate(proteins, skip, limit);
    return jsonResponse({ ...page, results: page.results.map((p) => serializeProtein(db, p)) });
  }),

  route('GET', '/proteins/{proteinId}', ({ db, viewer, params }) => {
    const protein = db.proteins.get(parsePathInt(params, 'proteinId'));
    if (!protein || !canSeeProposalId(db, viewer, protein.proposalId)) {
      throw new HttpError(404, 'Protein not found');
    }
    return jsonResponse(serializeProtein(db, protein));
  }),

  route('GET', '/samples/components/types', ({ db }) =>
    jsonResponse(
      db.data.componentTypes.map((row) => ({
        name: row.name,
        componentTypeId: row.componentTypeId,
      })),
    ),
  ),

  route('GET', '/samples/concentration/types', ({ db }) =>
    jsonResponse(db.data.concentrationTypes.map((row) => ({ ...row }))),
  ),

  route('GET', '/samples/components', ({ db, viewer, query }) => {
    const params = parseQuery(query, {
      ...PAGING,
      proposal: { kind: 'string', pattern: PROPOSAL_PATTERN, required: true },
    });
    const { skip, limit } = pageOf(params);
    const components = db.data.components.filter(
      (component) =>
        component.proposalId !== null &&
        canSeeProposalId(db, viewer, component.proposalId) &&
        matchesProposal(db, component.proposalId, params.proposal),
    );
    const page = paginate(components, skip, limit);
    return jsonResponse({ ...page, results: page.results.map((c) => serializeComponent(db, c)) });
  }),

  route('GET', '/samples/sub', ({ query }) =>
    emptyPage(query, {
      blSampleId: { kind: 'int' },
      proteinId: { kind: 'int' },
      proposal: { kind: 'string', pattern: PROPOSAL_PATTERN },
      containerId: { kind: 'int' },
      order_by: { kind: 'enum', values: ['blSubSampleId', 'datacollections'] },
      order: ORDER,
    }),
  ),

  route('GET', '/samples/images', ({ query }) => emptyPage(query, { blSampleId: { kind: 'int' } })),

  route('GET', '/samples', ({ db, viewer, query }) => {
    const params = parseQuery(query, {
      status: {
        kind: 'enum',
        values: ['Sample Action', 'Data Collected', 'Strategy', 'Auto Integrated'],
      },
      ...PAGING,
      search: { kind: 'string' },
      proteinId: { kind: 'int' },
      proposal: { kind: 'string', pattern: PROPOSAL_PATTERN },
      containerId: { kind: 'int' },
      beamLineName: { kind: 'string' },
      order_by: { kind: 'enum', values: ['blSampleId', 'name', 'location', 'datacollections'] },
      order: ORDER,
    });
    const { skip, limit } = pageOf(params);
    const search = params.search?.toLowerCase();
    const sampledActions = new Set(db.data.robotActions.map((action) => action.blsampleId));
    // SSX samples without a container are listed (py-ispyb ssx-samples behaviour).
    const rows = db.data.samples
      .filter((sample) => visibleSample(db, viewer, sample))
      .filter((sample) => matchesProposal(db, sampleProposalId(db, sample), params.proposal))
      .filter((sample) => !search || sample.name.toLowerCase().includes(search))
      .filter(
        (sample) => params.containerId === undefined || sample.containerId === params.containerId,
      )
      .filter((sample) => {
        if (params.proteinId === undefined) return true;
        return db.crystals.get(sample.crystalId)?.proteinId === params.proteinId;
      })
      .filter((sample) => {
        if (params.beamLineName === undefined) return true;
        const container =
          sample.containerId === null ? undefined : db.containers.get(sample.containerId);
        const dewar = container ? db.dewars.get(container.dewarId) : undefined;
        return (
          container?.beamlineLocation === params.beamLineName &&
          container.sampleChangerLocation !== null &&
          dewar?.dewarStatus === 'processing'
        );
      })
      .map((sample) => ({ sample, json: serializeSample(db, sample) }))
      .filter(({ sample, json }) => {
        switch (params.status) {
          case 'Sample Action':
            return sampledActions.has(sample.blSampleId);
          case 'Data Collected':
            return json._metadata.datacollections > 0;
          case 'Auto Integrated':
            return json._metadata.autoIntegrations > 0;
          case 'Strategy':
            return false;
          default:
            return true;
        }
      });
    const direction = params.order === 'asc' ? 'asc' : params.order === 'desc' ? 'desc' : undefined;
    type Row = (typeof rows)[number];
    const key: Record<string, (row: Row) => number | string | null> = {
      blSampleId: (row) => row.sample.blSampleId,
      name: (row) => row.sample.name,
      location: (row) => row.sample.location,
      datacollections: (row) => row.json._metadata.datacollections,
    };
    const orderKey = key[params.order_by ?? 'blSampleId'] ?? ((row: Row) => row.sample.blSampleId);
    rows.sort(compareBy(orderKey, direction ?? (params.order_by ? 'asc' : 'desc')));
    const page = paginate(rows, skip, limit);
    return jsonResponse({ ...page, results: page.results.map((row) => row.json) });
  }),

  route('GET', '/samples/{blSampleId}', ({ db, viewer, params }) => {
    const sample = db.samples.get(parsePathInt(params, 'blSampleId'));
    if (!sample || !visibleSample(db, viewer, sample)) throw new HttpError(404, 'Sample not found');
    return jsonResponse(serializeSample(db, sample));
  }),
];

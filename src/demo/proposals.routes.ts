import { parseIsoLocal } from './dates.util';
import { proposalName, type DatasetIndex } from './dataset-index';
import type { PersonRow, SessionRow } from './dataset.types';
import { HttpError, internalServerError, jsonResponse, paginate } from './http.util';
import {
  PAGING,
  PROPOSAL_PATTERN,
  pageOf,
  parsePathInt,
  parseQuery,
  type ParamSpec,
} from './query.util';
import { route, type AuthedContext, type Route } from './router';
import { serializePerson, serializeProposal, serializeSession } from './serialize-core';
import { canSeeProposal, canSeeSession, hasPermission, type Viewer } from './visibility';

function visibleSessions(db: DatasetIndex, viewer: Viewer): SessionRow[] {
  return db.data.sessions.filter((session) => canSeeSession(viewer, session));
}

const byStartDesc = (a: SessionRow, b: SessionRow) =>
  b.startDate.localeCompare(a.startDate) || b.sessionId - a.sessionId;
const byStartAsc = (a: SessionRow, b: SessionRow) =>
  a.startDate.localeCompare(b.startDate) || a.sessionId - b.sessionId;

const SESSION_FILTERS = {
  beamLineGroup: { kind: 'string' },
  upcoming: { kind: 'bool' },
  previous: { kind: 'bool' },
  sessionType: { kind: 'string' },
} as const satisfies Record<string, ParamSpec>;

interface SessionFilters {
  beamLineGroup?: string | undefined;
  upcoming?: boolean | undefined;
  previous?: boolean | undefined;
  sessionType?: string | undefined;
}

function filterSessions(
  { db, viewer, now }: AuthedContext,
  filters: SessionFilters,
): { sessions: SessionRow[]; ascending: boolean } {
  let sessions = visibleSessions(db, viewer);
  if (filters.beamLineGroup !== undefined) {
    const group = db.data.beamLineGroups.find((g) => g.groupName === filters.beamLineGroup);
    const lines = new Set(group?.beamLines.map((line) => line.beamLineName) ?? []);
    sessions = sessions.filter((session) => lines.has(session.beamLineName));
  }
  const t = now.getTime();
  if (filters.upcoming) sessions = sessions.filter((s) => parseIsoLocal(s.endDate).getTime() >= t);
  if (filters.previous) sessions = sessions.filter((s) => parseIsoLocal(s.endDate).getTime() < t);
  if (filters.sessionType !== undefined) {
    sessions = sessions.filter((s) =>
      (db.sessionTypesBySession.get(s.sessionId) ?? []).some(
        (row) => row.typeName === filters.sessionType,
      ),
    );
  }
  const ascending = filters.upcoming === true;
  return { sessions: sessions.sort(ascending ? byStartAsc : byStartDesc), ascending };
}

/** `month` alone: start or end in that month (any year); with `year`: overlapping that month. */
function inCalendar(
  session: SessionRow,
  month: number | undefined,
  year: number | undefined,
): boolean {
  const start = parseIsoLocal(session.startDate);
  const end = parseIsoLocal(session.endDate);
  if (month !== undefined && year !== undefined) {
    const from = Date.UTC(year, month - 1, 1);
    const to = Date.UTC(year, month, 1);
    return start.getTime() < to && end.getTime() >= from;
  }
  if (month !== undefined)
    return start.getUTCMonth() + 1 === month || end.getUTCMonth() + 1 === month;
  if (year !== undefined) return start.getUTCFullYear() === year || end.getUTCFullYear() === year;
  return true;
}

function personsVisibleTo(db: DatasetIndex, viewer: Viewer): PersonRow[] {
  const ids = new Set<number>([viewer.person.personId]);
  for (const session of visibleSessions(db, viewer)) {
    for (const row of db.sessionHasPersonBySession.get(session.sessionId) ?? [])
      ids.add(row.personId);
  }
  for (const proposal of db.data.proposals) {
    if (!canSeeProposal(db, viewer, proposal)) continue;
    for (const row of db.proposalHasPersonByProposal.get(proposal.proposalId) ?? []) {
      ids.add(row.personId);
    }
  }
  return db.data.persons.filter((person) => ids.has(person.personId));
}

export const proposalRoutes: Route[] = [
  route('GET', '/proposals', ({ db, viewer, query }) => {
    const params = parseQuery(query, { ...PAGING, search: { kind: 'string' } });
    const { skip, limit } = pageOf(params);
    const search = params.search?.toLowerCase();
    const proposals = db.data.proposals
      .filter((proposal) => canSeeProposal(db, viewer, proposal))
      .filter((proposal) => {
        if (!search) return true;
        const beamLines = (db.sessionsByProposal.get(proposal.proposalId) ?? []).map((s) =>
          s.beamLineName.toLowerCase(),
        );
        return (
          proposal.title.toLowerCase().includes(search) ||
          proposalName(proposal).toLowerCase().includes(search) ||
          beamLines.includes(search)
        );
      })
      .sort((a, b) => b.proposalId - a.proposalId);
    const page = paginate(proposals, skip, limit);
    return jsonResponse({ ...page, results: page.results.map((p) => serializeProposal(db, p)) });
  }),

  route('GET', '/proposals/{proposal}', ({ db, viewer, params }) => {
    const proposal = db.proposalsByName.get(params.proposal ?? '');
    if (!proposal || !canSeeProposal(db, viewer, proposal))
      throw new HttpError(404, 'Proposal not found');
    return jsonResponse(serializeProposal(db, proposal));
  }),

  route('GET', '/sessions', (ctx) => {
    const params = parseQuery(ctx.query, {
      ...SESSION_FILTERS,
      scheduled: { kind: 'bool' },
      proposal: { kind: 'string', pattern: PROPOSAL_PATTERN },
      beamLineName: { kind: 'string' },
      month: { kind: 'string', pattern: '^\\d\\d?$' },
      year: { kind: 'string', pattern: '^\\d\\d\\d\\d$' },
      ...PAGING,
    });
    const { skip, limit } = pageOf(params);
    const month = params.month === undefined ? undefined : Number(params.month);
    const year = params.year === undefined ? undefined : Number(params.year);
    const sessions = filterSessions(ctx, params).sessions.filter((session) => {
      const proposal = ctx.db.proposals.get(session.proposalId);
      if (
        params.proposal !== undefined &&
        (!proposal || proposalName(proposal) !== params.proposal)
      ) {
        return false;
      }
      if (params.beamLineName !== undefined && session.beamLineName !== params.beamLineName)
        return false;
      if (params.scheduled === true && !session.scheduled) return false;
      return inCalendar(session, month, year);
    });
    const page = paginate(sessions, skip, limit);
    return jsonResponse({
      ...page,
      results: page.results.map((s) => serializeSession(ctx.db, s, ctx.now)),
    });
  }),

  route('GET', '/sessions/group', (ctx) => {
    const params = parseQuery(ctx.query, SESSION_FILTERS);
    if (params.beamLineGroup === undefined) {
      return jsonResponse({ total: 0, results: [], skip: 0, limit: 0 });
    }
    const firstPerBeamLine = new Map<string, SessionRow>();
    for (const session of filterSessions(ctx, params).sessions) {
      if (!firstPerBeamLine.has(session.beamLineName))
        firstPerBeamLine.set(session.beamLineName, session);
    }
    const results = [...firstPerBeamLine.values()].map((s) => serializeSession(ctx.db, s, ctx.now));
    return jsonResponse({ total: results.length, results, skip: 0, limit: results.length });
  }),

  route('GET', '/sessions/{sessionId}', ({ db, viewer, params, now }) => {
    const session = db.sessions.get(parsePathInt(params, 'sessionId'));
    if (!session || !canSeeSession(viewer, session)) throw new HttpError(404, 'Session not found');
    return jsonResponse(serializeSession(db, session, now));
  }),

  route('GET', '/persons', ({ db, viewer, query }) => {
    const params = parseQuery(query, {
      showAll: { kind: 'bool' },
      proposal: { kind: 'string', pattern: PROPOSAL_PATTERN },
      sessionId: { kind: 'int' },
      ...PAGING,
    });
    // The real server misspells an attribute on this path and answers a plain-text 500.
    if (params.proposal !== undefined) return internalServerError();
    if (params.showAll === true && !hasPermission(viewer, 'manage_persons')) {
      throw new HttpError(403, 'Not Authorized');
    }
    const { skip, limit } = pageOf(params);
    if (params.sessionId !== undefined) {
      const session = db.sessions.get(params.sessionId);
      const rows =
        session && canSeeSession(viewer, session)
          ? (db.sessionHasPersonBySession.get(session.sessionId) ?? [])
          : [];
      const results = rows
        .map((row) => ({ row, person: db.persons.get(row.personId) }))
        .filter(
          (entry): entry is { row: (typeof rows)[number]; person: PersonRow } =>
            entry.person !== undefined,
        )
        .sort((a, b) => a.person.personId - b.person.personId)
        .map(({ row, person }) =>
          serializePerson(db, person, { role: row.role, remote: row.remote }),
        );
      return jsonResponse(paginate(results, skip, limit));
    }
    const persons = params.showAll === true ? db.data.persons : personsVisibleTo(db, viewer);
    const page = paginate(persons, skip, limit);
    return jsonResponse({
      ...page,
      results: page.results.map((p) => serializePerson(db, p, null)),
    });
  }),
];

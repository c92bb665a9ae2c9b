import type {
  CommentsFilter,
  SafetyFilter,
  ShipmentFilters,
  ShipmentSortKey,
} from '../../domain/shipment-list';
import { readEnum, readPositiveInt, type UrlCodec } from '../../lib/url-state';

export const SHIPMENT_SORT_KEYS: readonly ShipmentSortKey[] = [
  'created',
  'name',
  'proposal',
  'safety',
  'dewars',
];
const SAFETY_FILTERS: readonly SafetyFilter[] = ['GREEN', 'YELLOW', 'RED', 'missing'];
const COMMENTS_FILTERS: readonly CommentsFilter[] = ['with', 'without'];

export interface ShipmentsUrlState extends ShipmentFilters {
  sort: ShipmentSortKey;
  dir: 'asc' | 'desc';
  /** 1-based */
  page: number;
}

/** Newest first: what staff review and users prepare is usually recent. */
export const DEFAULT_SHIPMENTS_STATE: ShipmentsUrlState = {
  proposal: '',
  from: undefined,
  to: undefined,
  beamline: '',
  safety: undefined,
  comments: undefined,
  search: '',
  sort: 'created',
  dir: 'desc',
  page: 1,
};

function readDay(params: URLSearchParams, key: string): string | undefined {
  const raw = params.get(key) ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  // rejects 2026-02-31 and the like: Date rolls them over
  const [y, m, d] = raw.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d
    ? raw
    : undefined;
}

/**
 * `?proposal=&from=&to=&beamline=&safety=&comments=&search=&sort=&dir=&page=` of the shipments
 * lists; defaults are left out of the URL.
 */
export const shipmentsUrlCodec: UrlCodec<ShipmentsUrlState> = {
  decode(params) {
    const sort = readEnum(params, 'sort', SHIPMENT_SORT_KEYS, DEFAULT_SHIPMENTS_STATE.sort);
    const safety = params.get('safety');
    const comments = params.get('comments');
    return {
      proposal: (params.get('proposal') ?? '').trim(),
      from: readDay(params, 'from'),
      to: readDay(params, 'to'),
      beamline: (params.get('beamline') ?? '').trim(),
      safety: SAFETY_FILTERS.find((s) => s === safety),
      comments: COMMENTS_FILTERS.find((c) => c === comments),
      search: (params.get('search') ?? '').trim(),
      sort,
      dir: readEnum(params, 'dir', ['asc', 'desc'], sort === 'created' ? 'desc' : 'asc'),
      page: readPositiveInt(params, 'page', 1),
    };
  },
  encode(state) {
    const defaultDir = state.sort === 'created' ? 'desc' : 'asc';
    return {
      proposal: state.proposal.trim() || undefined,
      from: state.from,
      to: state.to,
      beamline: state.beamline.trim() || undefined,
      safety: state.safety,
      comments: state.comments,
      search: state.search.trim() || undefined,
      sort: state.sort === DEFAULT_SHIPMENTS_STATE.sort ? undefined : state.sort,
      dir: state.dir === defaultDir ? undefined : state.dir,
      page: state.page > 1 ? String(state.page) : undefined,
    };
  },
};

/** Whether any filter narrows the list (for "no shipment matches" versus "no shipments yet"). */
export function hasFilters(state: ShipmentFilters): boolean {
  return Boolean(
    state.proposal ||
    state.from ||
    state.to ||
    state.beamline ||
    state.safety ||
    state.comments ||
    state.search,
  );
}

import type { ProposalSortKey } from '../../domain/proposal';
import { readEnum, readPositiveInt, type UrlCodec } from '../../lib/url-state';

export const PROPOSAL_SORT_KEYS: readonly ProposalSortKey[] = [
  'name',
  'title',
  'sessions',
  'state',
];

export interface ProposalsUrlState {
  /** Trimmed; `''` for no search. */
  search: string;
  /** 1-based */
  page: number;
  /** `undefined`: the server's order (newest proposal first). */
  sort: ProposalSortKey | undefined;
  dir: 'asc' | 'desc';
}

export const DEFAULT_PROPOSALS_STATE: ProposalsUrlState = {
  search: '',
  page: 1,
  sort: undefined,
  dir: 'asc',
};

/** `?search=&page=&sort=&dir=` of the proposals list; defaults are left out of the URL. */
export const proposalsUrlCodec: UrlCodec<ProposalsUrlState> = {
  decode(params) {
    const sortParam = params.get('sort');
    const sort = PROPOSAL_SORT_KEYS.find((key) => key === sortParam);
    return {
      search: (params.get('search') ?? '').trim(),
      page: readPositiveInt(params, 'page', 1),
      sort,
      dir: sort ? readEnum(params, 'dir', ['asc', 'desc'], 'asc') : 'asc',
    };
  },
  encode(state) {
    const search = state.search.trim();
    return {
      search: search || undefined,
      page: state.page > 1 ? String(state.page) : undefined,
      sort: state.sort,
      dir: state.sort && state.dir === 'desc' ? 'desc' : undefined,
    };
  },
};

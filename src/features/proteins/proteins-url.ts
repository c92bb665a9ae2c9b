import { readPositiveInt, type UrlCodec } from '../../lib/url-state';

export interface ProteinsUrlState {
  /** Acronym or name, trimmed; `''` for none. */
  search: string;
  /** 1-based */
  page: number;
}

/** `?search=&page=` of a proposal's proteins list. */
export const proteinsUrlCodec: UrlCodec<ProteinsUrlState> = {
  decode(params) {
    return {
      search: (params.get('search') ?? '').trim(),
      page: readPositiveInt(params, 'page', 1),
    };
  },
  encode(state) {
    return {
      search: state.search.trim() || undefined,
      page: state.page > 1 ? String(state.page) : undefined,
    };
  },
};

import type { SampleKind } from '../../domain/sample';
import { readPositiveInt, type UrlCodec } from '../../lib/url-state';

export type DataFilter = 'yes' | 'no';

export interface SamplesUrlState {
  /** Sample name, trimmed; `''` for none. */
  search: string;
  proteinId: number | undefined;
  kind: SampleKind | undefined;
  /** With at least one data collection (`yes`), or none yet (`no`). */
  data: DataFilter | undefined;
  containerId: number | undefined;
  /** 1-based */
  page: number;
}

export const DEFAULT_SAMPLES_STATE: SamplesUrlState = {
  search: '',
  proteinId: undefined,
  kind: undefined,
  data: undefined,
  containerId: undefined,
  page: 1,
};

const optionalId = (params: URLSearchParams, key: string) => {
  const id = readPositiveInt(params, key, 0);
  return id > 0 ? id : undefined;
};

/** `?search=&protein=&kind=&data=&container=&page=` of a proposal's samples list. */
export const samplesUrlCodec: UrlCodec<SamplesUrlState> = {
  decode(params) {
    const kind = params.get('kind');
    const data = params.get('data');
    return {
      search: (params.get('search') ?? '').trim(),
      proteinId: optionalId(params, 'protein'),
      kind: kind === 'slurry' || kind === 'pin' ? kind : undefined,
      data: data === 'yes' || data === 'no' ? data : undefined,
      containerId: optionalId(params, 'container'),
      page: readPositiveInt(params, 'page', 1),
    };
  },
  encode(state) {
    const id = (value: number | undefined) => (value === undefined ? undefined : String(value));
    return {
      search: state.search.trim() || undefined,
      protein: id(state.proteinId),
      kind: state.kind,
      data: state.data,
      container: id(state.containerId),
      page: state.page > 1 ? String(state.page) : undefined,
    };
  },
};

/** Filters py-ispyb cannot apply: the list is then read whole and filtered here. */
export function needsClientFilter(state: SamplesUrlState): boolean {
  return state.kind !== undefined || state.data === 'no';
}

export function activeFilterCount(state: SamplesUrlState): number {
  return [state.search, state.proteinId, state.kind, state.data, state.containerId].filter(
    (v) => v !== undefined && v !== '',
  ).length;
}

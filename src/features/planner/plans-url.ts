import type { UrlCodec } from '../../lib/url-state';

export interface PlansUrlState {
  /** Show only this proposal's plans; empty: every plan. */
  proposal: string;
}

export const plansUrlCodec: UrlCodec<PlansUrlState> = {
  decode: (params) => ({ proposal: params.get('proposal')?.trim() ?? '' }),
  encode: ({ proposal }) => ({ proposal: proposal || undefined }),
};

/** Group label of plans not yet tied to a proposal. */
export const NO_PROPOSAL = 'No proposal chosen';

import type { SessionPhase } from '../../domain/session';
import type { UrlCodec } from '../../lib/url-state';

export const SESSION_PHASES: readonly SessionPhase[] = ['upcoming', 'current', 'past'];

export interface ProposalUrlState {
  /** Selected sessions tab; `undefined` lets the page choose (current, else upcoming, else past). */
  sessions: SessionPhase | undefined;
}

/** `?sessions=upcoming|current|past` of a proposal page. */
export const proposalUrlCodec: UrlCodec<ProposalUrlState> = {
  decode(params) {
    const raw = params.get('sessions');
    return { sessions: SESSION_PHASES.find((phase) => phase === raw) };
  },
  encode(state) {
    return { sessions: state.sessions };
  },
};

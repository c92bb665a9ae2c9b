import { describe, expect, it } from 'vitest';
import { sortProposals, type Proposal } from './proposal';

const p = (name: string, title: string | undefined, sessions: number): Proposal => ({
  id: sessions,
  code: 'MX',
  number: name.slice(2),
  name,
  title,
  state: 'Open',
  personCount: 1,
  sessionCount: sessions,
  beamlines: [],
});

describe('sortProposals', () => {
  const list = [p('MX10', 'b', 2), p('MX9', undefined, 10), p('MX100', 'a', 1)];
  it('sorts names numerically', () => {
    expect(sortProposals(list, 'name', 'asc').map((x) => x.name)).toEqual(['MX9', 'MX10', 'MX100']);
  });
  it('sorts counts descending', () => {
    expect(sortProposals(list, 'sessions', 'desc').map((x) => x.sessionCount)).toEqual([10, 2, 1]);
  });
  it('puts missing titles first ascending', () => {
    expect(sortProposals(list, 'title', 'asc').map((x) => x.title)).toEqual([undefined, 'a', 'b']);
  });
});

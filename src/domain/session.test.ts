import { describe, expect, it } from 'vitest';
import { sessionPhase, splitSessionsByPhase, type Session } from './session';

const at = (iso: string) => new Date(iso);
const session = (id: number, start: string, end: string): Session => ({
  id,
  proposalId: 1,
  proposalName: 'MX2532',
  name: `MX2532-${id}`,
  visitNumber: id,
  beamline: 'ID29',
  start: at(start),
  end: at(end),
  operator: undefined,
  scheduled: true,
  comments: undefined,
  dataCollectionCount: 0,
  personCount: 1,
  sessionTypes: [],
});

describe('sessionPhase', () => {
  const s = session(1, '2026-11-24T08:00:00', '2026-11-25T08:00:00');
  it('is upcoming before the start, current between, past after the end', () => {
    expect(sessionPhase(s, at('2026-11-24T07:59:59'))).toBe('upcoming');
    expect(sessionPhase(s, at('2026-11-24T08:00:00'))).toBe('current');
    expect(sessionPhase(s, at('2026-11-25T08:00:00'))).toBe('current');
    expect(sessionPhase(s, at('2026-11-25T08:00:01'))).toBe('past');
  });
});

describe('splitSessionsByPhase', () => {
  it('splits and orders: upcoming soonest first, past most recent first', () => {
    const now = at('2026-11-24T12:00:00');
    const split = splitSessionsByPhase(
      [
        session(1, '2026-10-01T08:00:00', '2026-10-02T08:00:00'),
        session(2, '2026-12-10T08:00:00', '2026-12-11T08:00:00'),
        session(3, '2026-11-24T08:00:00', '2026-11-25T08:00:00'),
        session(4, '2026-11-30T08:00:00', '2026-12-01T08:00:00'),
        session(5, '2026-11-01T08:00:00', '2026-11-02T08:00:00'),
      ],
      now,
    );
    expect(split.upcoming.map((s) => s.id)).toEqual([4, 2]);
    expect(split.current.map((s) => s.id)).toEqual([3]);
    expect(split.past.map((s) => s.id)).toEqual([5, 1]);
  });
});

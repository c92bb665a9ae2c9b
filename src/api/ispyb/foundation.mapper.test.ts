import { describe, expect, it } from 'vitest';
import { recorded } from '../../testing/fixtures';
import { authConfigSchema, currentUserSchema, tokenResponseSchema } from './auth.dto';
import { mapAuthConfig, mapCurrentUser } from './auth.mapper';
import { mapPage } from './common.mapper';
import { personPageSchema } from './persons.dto';
import { mapPerson } from './persons.mapper';
import { proposalPageSchema, proposalSchema } from './proposals.dto';
import { mapProposal } from './proposals.mapper';
import { sessionPageSchema, sessionSchema } from './sessions.dto';
import { mapSession } from './sessions.mapper';

describe('auth (recorded)', () => {
  it('maps the plugin list', () => {
    expect(mapAuthConfig(authConfigSchema.parse(recorded('auth-config')))).toEqual([
      { name: 'dummy', kind: 'password' },
    ]);
  });
  it.each(['auth-login-abcd', 'auth-login-efgh'])('parses the login answer %s', (name) => {
    const token = tokenResponseSchema.parse(recorded(name));
    expect(token.permissions.length).toBeGreaterThan(0);
  });
  it('maps the current user (capital-P Permissions)', () => {
    expect(mapCurrentUser(currentUserSchema.parse(recorded('user-current')))).toEqual({
      personId: 2,
      login: 'efgh',
      givenName: 'Admin',
      familyName: 'User',
      permissions: ['bl_staff', 'uportal_sync', 'all_proposals'],
      beamlineGroups: [],
      beamlines: [],
    });
  });
});

describe('proposals (recorded)', () => {
  it('maps a page', () => {
    const page = mapPage(proposalPageSchema.parse(recorded('proposals')), mapProposal);
    expect(page.total).toBe(2);
    expect(page.items[0]).toEqual({
      id: 9096,
      code: 'MX',
      number: '1',
      name: 'MX1',
      title: 'TEST',
      state: 'Open',
      personCount: 1,
      sessionCount: 4,
      beamlines: ['BL01', 'BL02'],
    });
  });
  it('maps the detail', () => {
    const proposal = mapProposal(proposalSchema.parse(recorded('proposal-detail')));
    expect(proposal).toMatchObject({
      name: 'blc00001',
      code: 'blc',
      number: '00001',
      personCount: 0,
      beamlines: ['bl'],
    });
  });
});

describe('sessions (recorded)', () => {
  it('maps zone-less dates as facility wall-clock time and a missing visit number', () => {
    const page = mapPage(sessionPageSchema.parse(recorded('sessions')), mapSession);
    const [current, noVisit] = page.items;
    expect(current?.start).toEqual(new Date(2020, 0, 1, 0, 0, 0));
    expect(current?.end).toEqual(new Date(2030, 0, 1, 23, 59, 59));
    expect(current).toMatchObject({
      name: 'blc00001-1',
      beamline: 'bl',
      visitNumber: 1,
      dataCollectionCount: 3,
    });
    expect(noVisit).toMatchObject({
      name: 'MX1-None',
      visitNumber: undefined,
      operator: 'PASTEUR L',
    });
  });
  it('maps the detail', () => {
    expect(mapSession(sessionSchema.parse(recorded('session-detail'))).id).toBe(1);
  });
  it('rejects a garbled date naming the field', () => {
    const bad = structuredClone(recorded('session-detail')) as Record<string, unknown>;
    bad.startDate = 'next tuesday';
    const result = sessionSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['startDate']);
  });
});

describe('persons (recorded)', () => {
  it('maps session people with their metadata', () => {
    const page = mapPage(personPageSchema.parse(recorded('persons')), mapPerson);
    expect(page.items.map((p) => `${p.givenName} ${p.familyName}`)).toEqual([
      'Test User',
      'Charles DARWIN',
    ]);
    expect(page.items[0]).toMatchObject({ remote: false, role: undefined, sessionCount: 4 });
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
  it('accepts a minimal facility config and fills defaults', () => {
    expect(parseConfig({ apiUrl: 'https://gw.example.org/ispyb/api/v1/' })).toEqual({
      apiUrl: 'https://gw.example.org/ispyb/api/v1',
      siteName: 'ISPyB',
      tokenWarningMinutes: 10,
    });
  });
  it('keeps the demo users', () => {
    const config = parseConfig({
      apiUrl: '/ispyb/api/v1',
      demo: { users: [{ login: 'staff', description: 'sees all' }] },
    });
    expect(config.demo?.users[0]?.login).toBe('staff');
  });
  it('names the missing field', () => {
    expect(() => parseConfig({ siteName: 'X' })).toThrow(ConfigError);
    expect(() => parseConfig({ siteName: 'X' })).toThrow(/apiUrl/);
  });
});

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

const directive = (policy: string, name: string) =>
  policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows no inline or evaluated script', () => {
    const script = directive(contentSecurityPolicy('/ispyb/api/v1'), 'script-src');
    expect(script).toBe("script-src 'self'");
  });

  it('limits connect-src to the app origin when the API is same-origin', () => {
    expect(directive(contentSecurityPolicy('/ispyb-api'), 'connect-src')).toBe(
      "connect-src 'self'",
    );
  });

  it('adds the origin of an API on another host, and nothing else', () => {
    expect(
      directive(contentSecurityPolicy('https://ispyb.example.org/ispyb/api/v1'), 'connect-src'),
    ).toBe("connect-src 'self' https://ispyb.example.org");
  });

  it('forbids plugins, base rewriting and framing', () => {
    const policy = contentSecurityPolicy('/ispyb/api/v1');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

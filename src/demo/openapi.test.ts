import { describe, expect, it } from 'vitest';
import { parseCapabilities } from '../api/capabilities';
import { openapiDocument as openapi } from './openapi-document';

// The demo serves the union of the py-ispyb lines (README of shared/ispyb-api): its OpenAPI
// document must say so, or the app would hide features the demo does serve.
describe('demo openapi.json', () => {
  it('declares the SSX routes and the SSX fields of the other branches', () => {
    const caps = parseCapabilities(openapi);
    expect(caps.ssxFields).toBe(true);
    expect(caps.sampleCompositions).toBe(true);
    expect(caps.ssxProcessing).toBe(true);
    expect(caps.eventChains).toBe('eventchains');
  });
});

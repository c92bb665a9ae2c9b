import { describe, expect, it, vi } from 'vitest';
import { parseCapabilities, capabilitiesQuery } from './capabilities';
import { createHttpClient } from './http';
import { openApiFixture } from '../testing/fixtures';

const FILES = {
  'ssx-webservice (live server)': 'openapi.json',
  master: 'openapi-master-c45a43a.json',
  'ssx-events': 'openapi-ssx-events.json',
  'ssx-samples': 'openapi-ssx-samples.json',
  '192-implement-ssx-fundamentals': 'openapi-192-implement-ssx-fundamentals.json',
} as const;

type Line = keyof typeof FILES;

const EXPECTED: Record<
  Line,
  {
    ssxFields: boolean;
    sampleCompositions: boolean;
    eventChains: 'eventchains' | 'eventchain' | undefined;
    ssxProcessing: boolean;
    cellHistogram: boolean;
  }
> = {
  'ssx-webservice (live server)': {
    ssxFields: false,
    sampleCompositions: false,
    eventChains: 'eventchains',
    ssxProcessing: true,
    cellHistogram: true,
  },
  master: {
    ssxFields: false,
    sampleCompositions: false,
    eventChains: undefined,
    ssxProcessing: false,
    cellHistogram: false,
  },
  'ssx-events': {
    ssxFields: true,
    sampleCompositions: false,
    eventChains: undefined,
    ssxProcessing: false,
    cellHistogram: false,
  },
  'ssx-samples': {
    ssxFields: false,
    sampleCompositions: true,
    eventChains: undefined,
    ssxProcessing: false,
    cellHistogram: false,
  },
  '192-implement-ssx-fundamentals': {
    ssxFields: true,
    sampleCompositions: true,
    eventChains: 'eventchain',
    ssxProcessing: true,
    cellHistogram: true,
  },
};

const LINES = Object.keys(FILES) as Line[];

describe('parseCapabilities on the OpenAPI documents of every py-ispyb line', () => {
  it.each(LINES)('%s', (line) => {
    const caps = parseCapabilities(openApiFixture(FILES[line]));
    expect({
      ssxFields: caps.ssxFields,
      sampleCompositions: caps.sampleCompositions,
      eventChains: caps.eventChains,
      ssxProcessing: caps.ssxProcessing,
      cellHistogram: caps.cellHistogram,
    }).toEqual(EXPECTED[line]);
  });

  it.each(LINES)('%s: routes every line has, relative to the API root', (line) => {
    const caps = parseCapabilities(openApiFixture(FILES[line]));
    expect(caps.hasRoute('get', '/proposals')).toBe(true);
    expect(caps.hasRoute('get', '/samples/{blSampleId}')).toBe(true);
    // parameter names do not matter, nor a trailing slash
    expect(caps.hasRoute('get', '/samples/{id}/')).toBe(true);
    expect(caps.hasRoute('patch', '/shippings/{shippingId}')).toBe(true);
    expect(caps.hasRoute('post', '/labcontacts')).toBe(true);
    // the document's paths carry the prefix; the client's paths do not
    expect(caps.hasRoute('get', '/ispyb/api/v1/proposals')).toBe(false);
    expect(caps.hasRoute('get', '/containers/queue')).toBe(false);
  });

  it('sees writes that only some lines have', () => {
    const has = (line: Line, method: 'get' | 'post' | 'patch', path: string) =>
      parseCapabilities(openApiFixture(FILES[line])).hasRoute(method, path);
    expect(has('master', 'post', '/samples')).toBe(false);
    expect(has('ssx-samples', 'post', '/samples')).toBe(true);
    expect(has('192-implement-ssx-fundamentals', 'patch', '/samples/{blSampleId}')).toBe(true);
    expect(has('ssx-webservice (live server)', 'post', '/webservices/ssx/datacollection')).toBe(
      true,
    );
    expect(has('master', 'post', '/webservices/ssx/datacollection')).toBe(false);
  });

  it('answers hasField from the component schemas', () => {
    const master = parseCapabilities(openApiFixture(FILES.master));
    const f = parseCapabilities(openApiFixture(FILES['192-implement-ssx-fundamentals']));
    expect(master.hasField('SampleCrystal', 'size_X')).toBe(false);
    expect(f.hasField('SampleCrystal', 'size_X')).toBe(true);
    expect(f.hasField('Sample', 'volume')).toBe(false);
    expect(f.hasField('NoSuchSchema', 'x')).toBe(false);
  });
});

describe('parseCapabilities on other documents', () => {
  it('reads the live form (`type: ["null", T]`) under another API root', () => {
    const caps = parseCapabilities({
      openapi: '3.0.2',
      paths: {
        '/gateway/ispyb/auth/login': { post: {} },
        '/gateway/ispyb/eventchains': { get: {} },
        '/gateway/ispyb/ssx/datacollection/processing/stats': { get: {} },
      },
      components: {
        schemas: {
          DataCollection: {
            properties: {
              SSXDataCollection: { type: ['null', 'object'] },
            },
          },
          SampleCrystal: {
            properties: { crystal_compositions: { type: ['null', 'array'] } },
          },
        },
      },
    });
    expect(caps.hasRoute('post', '/auth/login')).toBe(true);
    expect(caps.eventChains).toBe('eventchains');
    expect(caps.ssxProcessing).toBe(true);
    expect(caps.cellHistogram).toBe(false);
    expect(caps.ssxFields).toBe(true);
    expect(caps.sampleCompositions).toBe(true);
  });

  it('degrades to "no optional features" for anything unreadable', () => {
    for (const junk of [
      null,
      'Internal Server Error',
      [],
      { paths: 3 },
      { paths: { '/x': null } },
    ]) {
      const caps = parseCapabilities(junk);
      expect(caps.ssxFields || caps.sampleCompositions || caps.ssxProcessing).toBe(false);
      expect(caps.eventChains).toBeUndefined();
      expect(caps.hasRoute('get', '/proposals')).toBe(false);
    }
  });
});

describe('capabilitiesQuery', () => {
  it('reads /openapi.json under the base URL, once', async () => {
    const fetchStub = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) =>
      Promise.resolve(
        new Response(JSON.stringify(openApiFixture('openapi.json')), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    );
    const http = createHttpClient({
      baseUrl: '/ispyb/api/v1',
      getToken: () => 'tok',
      onUnauthorized: () => undefined,
      fetch: fetchStub as unknown as typeof fetch,
    });
    const options = capabilitiesQuery(http);
    expect(options.staleTime).toBe(Infinity);
    expect(options.queryKey).toEqual(['capabilities', '/ispyb/api/v1']);
    const queryFn = options.queryFn as (ctx: { signal: AbortSignal }) => Promise<unknown>;
    const caps = (await queryFn({ signal: new AbortController().signal })) as ReturnType<
      typeof parseCapabilities
    >;
    expect(String(fetchStub.mock.calls[0]?.[0])).toBe('/ispyb/api/v1/openapi.json');
    expect(caps.eventChains).toBe('eventchains');
  });
});

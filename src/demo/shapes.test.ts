import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type PageBody } from './demo-testing.util';
import { API_ROOT } from './handlers';

/**
 * "Same shapes" guard: every key (and JSON type) present in a real py-ispyb response recorded in
 * tests/fixtures must be present in the demo's answer to the same request.
 */

const fixtures = new URL('../../tests/fixtures/', import.meta.url);

function recorded(name: string): unknown {
  const file = JSON.parse(readFileSync(new URL(`recorded/${name}`, fixtures), 'utf8')) as {
    response: unknown;
  };
  return file.response;
}

type Branches = Record<
  string,
  { method?: string; path: string; status: number; response: unknown }[]
>;
const branches = JSON.parse(
  readFileSync(new URL('responses-all-branches.json', fixtures), 'utf8'),
) as Branches;

function variant(branch: string, path: string): unknown {
  const entry = branches[branch]?.find((e) => e.path === path && e.status === 200);
  if (!entry) throw new Error(`no ${branch} ${path}`);
  return entry.response;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Keys of `real` missing from `demo`, and JSON types that differ where both are non-null. */
function shapeProblems(real: unknown, demo: unknown, path = '$'): string[] {
  if (real === null || real === undefined || demo === null) return [];
  if (demo === undefined) return [`${path} missing`];
  if (kind(real) !== kind(demo))
    return [`${path}: ${kind(real)} in the real response, ${kind(demo)} in the demo`];
  if (Array.isArray(real) && Array.isArray(demo)) {
    return real.length > 0 && demo.length > 0 ? shapeProblems(real[0], demo[0], `${path}[0]`) : [];
  }
  if (typeof real === 'object' && typeof demo === 'object') {
    const r = real as Record<string, unknown>;
    const d = demo as Record<string, unknown>;
    return Object.keys(r).flatMap((key) =>
      key in d ? shapeProblems(r[key], d[key], `${path}.${key}`) : [`${path}.${key} missing`],
    );
  }
  return [];
}

const t = createTestApi();
const { dataset } = t.api;
let staff = '';

const sessionId = (name: string) => {
  const [code, visit] = [name.replace(/-\d+$/, ''), Number(name.split('-').at(-1))];
  const proposal = dataset.proposals.find((p) => `${p.proposalCode}${p.proposalNumber}` === code);
  return dataset.sessions.find(
    (s) => s.proposalId === proposal?.proposalId && s.visit_number === visit,
  )?.sessionId;
};
const sampleId = (name: string) => dataset.samples.find((s) => s.name === name)?.blSampleId;
const ppRuns = () => {
  const group = dataset.dataCollectionGroups.find((g) => g.comments?.includes('PYP pump-probe'));
  return dataset.dataCollections.filter(
    (dc) => dc.dataCollectionGroupId === group?.dataCollectionGroupId,
  );
};

beforeAll(async () => {
  staff = await t.login('staff');
});

async function demo(path: string, token: string | undefined = staff): Promise<unknown> {
  const response = await t.get(path, token);
  expect(response.status, path).toBe(200);
  return response.json();
}

function firstOf(page: unknown, keep: (item: Record<string, unknown>) => boolean): unknown {
  const results = (page as PageBody).results;
  return { ...(page as object), results: results.filter(keep).slice(0, 1) };
}

describe('demo responses have the keys of the recorded real ones', () => {
  const cases: [fixture: string, request: () => Promise<unknown>][] = [
    ['auth-config.json', () => demo('/auth/config', undefined)],
    ['user-current.json', () => demo('/user/current')],
    ['options.json', () => demo('/options')],
    ['admin-activity.json', () => demo('/admin/activity')],
    ['proposals.json', () => demo('/proposals')],
    ['proposal-detail.json', () => demo('/proposals/MX2532')],
    ['sessions.json', () => demo('/sessions')],
    ['session-detail.json', () => demo(`/sessions/${sessionId('MX2532-2')}`)],
    ['sessions-group.json', () => demo('/sessions/group')],
    ['persons.json', () => demo(`/persons?sessionId=${sessionId('MX2532-2')}`)],
    ['labcontacts.json', () => demo('/labcontacts?limit=3')],
    ['shippings.json', () => demo('/shippings?proposal=MX2532')],
    ['shipping-detail.json', () => demo(`/shippings/${dataset.shippings[0]?.shippingId}`)],
    ['dewars.json', () => demo('/dewars?proposal=MX2532')],
    ['dewar-detail.json', () => demo(`/dewars/${dataset.dewars[0]?.dewarId}`)],
    ['containers.json', () => demo('/containers?proposal=MX2532')],
    ['proteins.json', () => demo('/proteins?limit=5')],
    ['samples.json', () => demo('/samples?proposal=MX2532&order_by=blSampleId&order=asc')],
    ['sample-detail.json', () => demo(`/samples/${sampleId('PYP_xtal_01')}`)],
    [
      'events-datacollections-ssx.json',
      async () =>
        firstOf(
          await demo(`/events?sessionId=${sessionId('MX2532-2')}&limit=50`),
          (e) => e.type === 'dc' && e.count !== 1,
        ),
    ],
    ['events-types.json', () => demo(`/events/types?sessionId=${sessionId('MX2532-2')}`)],
    [
      'eventchains.json',
      () => demo(`/eventchains?dataCollectionId=${ppRuns()[4]?.dataCollectionId}`),
    ],
    [
      'ssx-processing-stats.json',
      () =>
        demo(
          `/ssx/datacollection/processing/stats?dataCollectionIds=${ppRuns()
            .map((dc) => dc.dataCollectionId)
            .join(',')}`,
        ),
    ],
    [
      'ssx-processing-cells.json',
      () =>
        demo(
          `/ssx/datacollection/processing/cells?dataCollectionId=${ppRuns()[0]?.dataCollectionId}`,
        ),
    ],
    [
      'ssx-processing-cells-histogram.json',
      () =>
        demo(
          `/ssx/datacollection/processing/cells/histogram?dataCollectionIds=${ppRuns()[0]?.dataCollectionId}`,
        ),
    ],
    [
      'processings-attachments.json',
      () =>
        demo(
          `/processings/attachments?autoProcProgramId=${dataset.autoProcPrograms[0]?.autoProcProgramId}`,
        ),
    ],
    ['processings-status.json', () => demo('/processings/status?dataCollectionIds=[1,2,3]')],
    [
      'datacollections-attachments.json',
      () => demo(`/datacollections/attachments?dataCollectionId=${ppRuns()[0]?.dataCollectionId}`),
    ],
  ];

  it.each(cases)('%s', async (fixture, request) => {
    expect(shapeProblems(recorded(fixture), await request())).toEqual([]);
  });

  it('auth-login-efgh.json', async () => {
    const response = await t.api.handle(
      new Request(`http://demo.test${API_ROOT}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ plugin: 'dummy', login: 'staff', password: 'x' }),
      }),
    );
    expect(response.status).toBe(201);
    expect(shapeProblems(recorded('auth-login-efgh.json'), await response.json())).toEqual([]);
  });

  it('writes top-level shipping and lab contact dates with +00:00, list items without', async () => {
    const detail = (await demo(`/shippings/${dataset.shippings[0]?.shippingId}`)) as {
      bltimeStamp: string;
    };
    expect(detail.bltimeStamp).toMatch(/T\d\d:\d\d:\d\d\+00:00$/);
    const list = (await demo('/shippings')) as PageBody<{ bltimeStamp: string }>;
    expect(list.results[0]?.bltimeStamp).toMatch(/T\d\d:\d\d:\d\d$/);
    const contact = (await demo(`/labcontacts/${dataset.labContacts[0]?.labContactId}`)) as {
      recordTimeStamp: string;
    };
    expect(contact.recordTimeStamp).toMatch(/\+00:00$/);
  });
});

describe('demo responses have the keys of the other py-ispyb lines (union contract)', () => {
  it('ssx-events: the SSX Item with SSXDataCollection and Detector', async () => {
    const real = firstOf(variant('ssx-events', '/events?sessionId=1'), (e) => e.type === 'dc');
    const ours = firstOf(
      await demo(`/events?sessionId=${sessionId('MX2532-2')}&limit=50`),
      (e) =>
        e.type === 'dc' && (e.Item as { SSXDataCollection: unknown }).SSXDataCollection !== null,
    );
    expect(shapeProblems(real, ours)).toEqual([]);
    const robotReal = firstOf(
      variant('ssx-events', '/events?sessionId=1'),
      (e) => e.type === 'robot',
    );
    const robotOurs = firstOf(
      await demo(`/events?sessionId=${sessionId('MX2532-2')}&limit=50`),
      (e) => e.type === 'robot',
    );
    expect(shapeProblems(robotReal, robotOurs)).toEqual([]);
  });

  it('ssx-samples: a container-less SSX sample with compositions', async () => {
    const ours = await demo(`/samples/${sampleId('PYP_HARE_chip_C')}`);
    expect(shapeProblems(variant('ssx-samples', '/samples/2'), ours)).toEqual([]);
    const slurry = await demo(`/samples/${sampleId('HEWL_slurry_1')}`);
    expect(shapeProblems(variant('ssx-samples', '/samples/2'), slurry)).toEqual([]);
    expect(
      shapeProblems(
        variant('ssx-samples', '/samples/components/types'),
        await demo('/samples/components/types'),
      ),
    ).toEqual([]);
  });

  it('master: session with BeamLineSetup, lab contact detail, merging statistics', async () => {
    expect(
      shapeProblems(
        variant('master', '/sessions/1'),
        await demo(`/sessions/${sessionId('MX2532-2')}`),
      ),
    ).toEqual([]);
    expect(
      shapeProblems(
        variant('master-extra', '/labcontacts/1'),
        await demo(`/labcontacts/${dataset.labContacts[0]?.labContactId}`),
      ),
    ).toEqual([]);
    const osc = dataset.autoProcPrograms.find(
      (p) => p.kind === 'integration' && p.processingStatus === 1,
    );
    expect(
      shapeProblems(
        variant('master', '/processings/auto-integrations?dataCollectionId=1'),
        await demo(`/processings/auto-integrations?dataCollectionId=${osc?.dataCollectionId}`),
      ),
    ).toEqual([]);
    expect(
      shapeProblems(
        variant('master', '/processings/attachments?autoProcProgramId=1'),
        await demo(`/processings/attachments?autoProcProgramId=${osc?.autoProcProgramId}`),
      ),
    ).toEqual([]);
    // Keyed by data collection id: compare the entries, not the ids.
    const statusOf = (body: unknown) =>
      Object.values((body as { statuses: Record<string, unknown> }).statuses)[0];
    const ours = await demo(`/processings/status?dataCollectionIds=[${osc?.dataCollectionId}]`);
    expect(statusOf(ours)).toBeDefined();
    expect(
      shapeProblems(
        statusOf(variant('master', '/processings/status?dataCollectionIds=[1]')),
        statusOf(ours),
      ),
    ).toEqual([]);
    expect(shapeProblems(variant('master', '/options/ui'), await demo('/options/ui'))).toEqual([]);
  });
});

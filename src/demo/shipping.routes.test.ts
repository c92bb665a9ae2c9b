import { beforeAll, describe, expect, it } from 'vitest';
import { API_ROOT } from './handlers';
import { createTestApi, type PageBody } from './demo-testing.util';

const t = createTestApi();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  for (const login of ['scientist', 'staff', 'blsci', 'visitor'])
    tokens[login] = await t.login(login);
});

async function send(
  method: 'POST' | 'PATCH',
  path: string,
  login: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await t.api.handle(
    new Request(`http://demo.test${API_ROOT}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[login] ?? ''}`,
        'content-type': 'application/json',
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

interface ShippingJson {
  shippingId: number;
  proposalId: number;
  shippingName: string;
  comments: string | null;
  safetyLevel: string | null;
  bltimeStamp: string;
  LabContact: { cardName: string } | null;
  LabContact1: { cardName: string } | null;
  _metadata: { dewars: number };
}

const shipments = (proposal: string, login = 'staff') =>
  t.json<PageBody<ShippingJson>>(`/shippings?proposal=${proposal}&limit=100`, tokens[login]);

async function contactsOf(proposal: string): Promise<{ labContactId: number; cardName: string }[]> {
  const page = await t.json<PageBody<{ labContactId: number; cardName: string }>>(
    `/labcontacts?proposal=${proposal}`,
    tokens.staff,
  );
  return page.results;
}

describe('shipping writes', () => {
  it('creates a shipment in the user’s proposal, listed afterwards', async () => {
    const [existing] = (await shipments('MX2532')).results;
    const [sending, returning = sending] = await contactsOf('MX2532');
    const created = await send('POST', '/shippings', 'scientist', {
      proposalId: existing?.proposalId,
      shippingName: 'PYP top-up',
      sendingLabContactId: sending?.labContactId,
      returnLabContactId: returning?.labContactId,
      comments: 'Two tubes',
    });
    expect(created.status).toBe(201);
    const body = created.json as unknown as ShippingJson;
    expect(body).toMatchObject({
      shippingName: 'PYP top-up',
      comments: 'Two tubes',
      safetyLevel: 'GREEN', // the documented default
      _metadata: { dewars: 0 },
      LabContact1: { cardName: sending?.cardName },
      LabContact: { cardName: returning?.cardName },
    });
    expect(body.bltimeStamp).toMatch(/\+00:00$/);
    const listed = await shipments('MX2532', 'scientist');
    expect(listed.results.map((s) => s.shippingId)).toContain(body.shippingId);
  });

  it('answers 422 with pydantic locations for missing and wrongly typed fields', async () => {
    const [existing] = (await shipments('MX2532')).results;
    const { status, json } = await send('POST', '/shippings', 'staff', {
      proposalId: existing?.proposalId,
      sendingLabContactId: 'x',
      safetyLevel: 'PURPLE',
    });
    expect(status).toBe(422);
    const detail = json.detail as { loc: string[]; type: string }[];
    expect(detail.map((d) => [d.loc.join('.'), d.type])).toEqual([
      ['body.shippingName', 'value_error.missing'],
      ['body.sendingLabContactId', 'type_error.integer'],
      ['body.returnLabContactId', 'value_error.missing'],
      ['body.safetyLevel', 'type_error.enum'],
    ]);
    expect((await send('POST', '/shippings', 'staff', '{oops')).status).toBe(422);
  });

  it('rejects a lab contact of another proposal next to its field', async () => {
    const [shipment] = (await shipments('MX2532')).results;
    const [foreign] = await contactsOf('MX2610');
    const { status, json } = await send('PATCH', `/shippings/${shipment?.shippingId}`, 'staff', {
      returnLabContactId: foreign?.labContactId,
    });
    expect(status).toBe(422);
    expect((json.detail as { loc: string[] }[])[0]?.loc).toEqual(['body', 'returnLabContactId']);
  });

  it('lets staff edit comments anywhere; hides foreign shipments (404); read-only viewers get 403', async () => {
    const [foreign] = (await shipments('IX0042')).results;
    const patched = await send('PATCH', `/shippings/${foreign?.shippingId}`, 'staff', {
      comments: 'Reviewed: pins counted',
    });
    expect(patched.status).toBe(200);
    expect(patched.json.comments).toBe('Reviewed: pins counted');
    expect(patched.json.shippingName).toBe(foreign?.shippingName);

    expect(
      (await send('PATCH', `/shippings/${foreign?.shippingId}`, 'scientist', { comments: 'x' }))
        .status,
    ).toBe(404);
    expect(
      (
        await send('POST', '/shippings', 'visitor', {
          proposalId: foreign?.proposalId,
          shippingName: 'x',
          sendingLabContactId: 1,
          returnLabContactId: 1,
        })
      ).status,
    ).toBe(404);

    // blsci sees MX2532 through its ID29 sessions, but is not on the proposal
    const [visible] = (await shipments('MX2532', 'blsci')).results;
    expect(visible).toBeDefined();
    const denied = await send('PATCH', `/shippings/${visible?.shippingId}`, 'blsci', {
      comments: 'x',
    });
    expect(denied).toEqual({ status: 403, json: { detail: 'Not Authorized' } });
  });
});

describe('dewar and container writes', () => {
  it('adds a dewar and a container, renames both, and counts them', async () => {
    const [shipment] = (await shipments('MX2601')).results;
    const dewar = await send('POST', '/dewars', 'scientist', {
      shippingId: shipment?.shippingId,
      code: 'IBS-MX2601-D2',
    });
    expect(dewar.status).toBe(201);
    expect(dewar.json).toMatchObject({ code: 'IBS-MX2601-D2', dewarType: null });
    const dewarId = dewar.json.dewarId as number;

    const container = await send('POST', '/containers', 'scientist', {
      dewarId,
      code: 'HEWL-RACK-2',
      containerType: 'Tube rack',
      beamlineLocation: 'ID29',
    });
    expect(container.status).toBe(201);
    expect(container.json).toMatchObject({
      code: 'HEWL-RACK-2',
      containerType: 'Tube rack',
      beamlineLocation: 'ID29',
      sampleChangerLocation: null,
      Dewar: { code: 'IBS-MX2601-D2' },
    });
    const containerId = container.json.containerId as number;

    expect(
      (await send('PATCH', `/dewars/${dewarId}`, 'scientist', { code: 'IBS-MX2601-D2b' })).json
        .code,
    ).toBe('IBS-MX2601-D2b');
    const renamed = await send('PATCH', `/containers/${containerId}`, 'scientist', {
      sampleChangerLocation: '4',
    });
    expect(renamed.json).toMatchObject({
      code: 'HEWL-RACK-2',
      sampleChangerLocation: '4',
      Dewar: { code: 'IBS-MX2601-D2b' },
    });

    const after = (await shipments('MX2601')).results.find(
      (s) => s.shippingId === shipment?.shippingId,
    );
    expect(after?._metadata.dewars).toBe((shipment?._metadata.dewars ?? 0) + 1);
    const containers = await t.json<PageBody<{ containerId: number }>>(
      '/containers?proposal=MX2601&limit=100',
      tokens.scientist,
    );
    expect(containers.results.map((c) => c.containerId)).toContain(containerId);
  });

  it('validates dewar and container bodies and checks access', async () => {
    const missing = await send('POST', '/containers', 'staff', { code: 'X' });
    expect(missing.status).toBe(422);
    expect((missing.json.detail as { loc: string[] }[]).map((d) => d.loc[1])).toEqual([
      'dewarId',
      'containerType',
    ]);
    const [dewar] = (
      await t.json<PageBody<{ dewarId: number }>>('/dewars?proposal=IX0042', tokens.staff)
    ).results;
    expect(
      (
        await send('POST', '/containers', 'scientist', {
          code: 'X',
          dewarId: dewar?.dewarId,
          containerType: 'Box',
        })
      ).status,
    ).toBe(404);
    expect(
      (await send('PATCH', `/dewars/${dewar?.dewarId}`, 'scientist', { code: 'X' })).status,
    ).toBe(404);
  });
});

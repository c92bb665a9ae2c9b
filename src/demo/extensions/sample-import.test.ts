import { beforeAll, describe, expect, it } from 'vitest';
import { API_ROOT } from '../handlers';
import { createTestApi } from '../demo-testing.util';

const t = createTestApi();
let scientist = '';

beforeAll(async () => {
  scientist = await t.login('scientist');
});

function post(body: unknown, token?: string): Promise<Response> {
  return t.api.handle(
    new Request(`http://demo.test${API_ROOT}/samples/ssx`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

function target() {
  const proposal = t.api.dataset.proposals.find(
    (p) => `${p.proposalCode}${p.proposalNumber}` === 'MX2532',
  );
  const shipping = t.api.dataset.shippings.find((s) => s.proposalId === proposal?.proposalId);
  const dewar = t.api.dataset.dewars.find((d) => d.shippingId === shipping?.shippingId);
  const container = t.api.dataset.containers.find((c) => c.dewarId === dewar?.dewarId);
  const protein = t.api.dataset.proteins.find((p) => p.proposalId === proposal?.proposalId);
  if (!container || !protein) throw new Error('MX2532 has no container or protein');
  return { containerId: container.containerId, proteinId: protein.proteinId };
}

const buffer = {
  Component: { name: 'HEPES', composition: null, ComponentType: { name: 'Buffer' } },
  abundance: 0.05,
  ratio: null,
  ph: 7.5,
  ConcentrationType: { symbol: 'M' },
};

function sample(name: string) {
  const { containerId, proteinId } = target();
  return {
    containerId,
    name,
    volume: 100,
    support: 'Chip',
    Crystal: { proteinId, size_X: 5, crystal_compositions: [] },
    sample_compositions: [buffer],
  };
}

describe('POST /samples/ssx', () => {
  it('is listed in openapi.json with its schemas', async () => {
    const doc = await t.json<{
      paths: Record<string, { post?: unknown }>;
      components: { schemas: Record<string, unknown> };
    }>('/openapi.json');
    expect(doc.paths[`${API_ROOT}/samples/ssx`]?.post).toBeDefined();
    expect(doc.components.schemas).toHaveProperty('SSXSampleImport');
  });

  it('needs a token', async () => {
    expect((await post([sample('no-token')])).status).toBe(401);
  });

  it('answers 422 for a body that is not a list of samples', async () => {
    const response = await post('not json', scientist);
    expect(response.status).toBe(422);
    expect(await post([], scientist).then((r) => r.status)).toBe(422);
  });

  it('reuses a proposal’s component of the same name and type', async () => {
    const components = t.api.dataset.components.length;
    const response = await post([sample('reuse-1'), sample('reuse-2')], scientist);
    expect(response.status).toBe(201);
    const created = (await response.json()) as {
      blSampleId: number;
      sample_compositions: { Component: { componentId: number } }[];
    }[];
    const ids = created.map((s) => s.sample_compositions[0]?.Component.componentId);
    expect(ids[0]).toBe(ids[1]);
    expect(t.api.dataset.components.length).toBeLessThanOrEqual(components + 1);
    // readable through the standard routes at once
    const byId = await t.json<{ name: string; volume: number }>(
      `/samples/${created[0]?.blSampleId}`,
      scientist,
    );
    expect(byId).toMatchObject({ name: 'reuse-1', volume: 100 });
  });

  it('rejects an unknown lookup value and a name used twice in one list, creating nothing', async () => {
    const count = t.api.dataset.samples.length;
    const bad = {
      ...sample('dup-1'),
      sample_compositions: [{ ...buffer, ConcentrationType: { symbol: 'mmol' } }],
    };
    const response = await post([bad, sample('dup-1')], scientist);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { detail: { loc: unknown[]; msg: string }[] };
    expect(body.detail.map((d) => d.loc)).toEqual([
      ['body', 0, 'sample_compositions', 0, 'ConcentrationType'],
      ['body', 1, 'name'],
    ]);
    expect(t.api.dataset.samples).toHaveLength(count);
  });
});

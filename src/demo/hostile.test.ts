import { describe, expect, it } from 'vitest';
import { createTestApi, type PageBody } from './demo-testing.util';
import { HOSTILE_HEADER, HOSTILE_PAYLOADS, poisonJson } from './hostile';

const startsWithPayload = (text: unknown) =>
  typeof text === 'string' && HOSTILE_PAYLOADS.some((payload) => text.startsWith(payload));

describe('hostile demo data', () => {
  it('has a corpus of at least 20 distinct payloads', () => {
    expect(new Set(HOSTILE_PAYLOADS).size).toBeGreaterThanOrEqual(20);
  });

  it('poisons free text and labels, never ids, codes of proposals or vocabulary', () => {
    const out = poisonJson({
      results: [
        {
          proposalId: 201,
          proposalCode: 'MX',
          title: 'Photoactive yellow protein',
          Sample: { blSampleId: 7301, name: 'PYP_slurry_A', comments: 'keep cold' },
          EventType: { eventTypeId: 3, name: 'LaserExcitation' },
        },
      ],
    }) as { results: [Record<string, Record<string, unknown>>] };
    const [row] = out.results;
    expect(row.proposalId).toBe(201);
    expect(row.proposalCode).toBe('MX');
    expect(startsWithPayload(row.title)).toBe(true);
    expect(String(row.title)).toContain('Photoactive yellow protein');
    expect(startsWithPayload(row.Sample?.name)).toBe(true);
    expect(startsWithPayload(row.Sample?.comments)).toBe(true);
    expect(row.EventType?.name).toBe('LaserExcitation');
  });

  it('poisons the merged-dataset extension: the dataset name and its processing message', () => {
    const out = poisonJson({
      ssxMergeId: 58009,
      name: 'PYP 100 µs',
      program: 'CrystFEL',
      processingMessage: '1 run merged',
    }) as Record<string, unknown>;
    expect(out.ssxMergeId).toBe(58009);
    expect(startsWithPayload(out.name)).toBe(true);
    expect(startsWithPayload(out.processingMessage)).toBe(true);
  });

  it('is deterministic, so a page shows the same payload on every load', () => {
    expect(poisonJson({ title: 'x' })).toEqual(poisonJson({ title: 'x' }));
  });

  it('is off unless asked for, and rewrites real answers when asked', async () => {
    const t = createTestApi();
    const token = await t.login('scientist');
    const plain = (await (await t.get('/proposals', token)).json()) as PageBody;
    expect(plain.results.some((p) => startsWithPayload(p.title))).toBe(false);

    const response = await t.get('/proposals', token, { [HOSTILE_HEADER]: '1' });
    expect(response.status).toBe(200);
    const hostile = (await response.json()) as PageBody;
    expect(hostile.total).toBe(plain.total);
    expect(hostile.results.every((p) => startsWithPayload(p.title))).toBe(true);
  });

  it('leaves errors alone', async () => {
    const t = createTestApi();
    const response = await t.get('/proposals', undefined, { [HOSTILE_HEADER]: '1' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: 'No token provided.' });
  });
});

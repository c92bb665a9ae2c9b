import { beforeAll, describe, expect, it } from 'vitest';
import { MERGING_PROGRAM } from './dataset-processing';
import { API_ROOT } from './handlers';
import { createTestApi, type PageBody } from './demo-testing.util';

const t = createTestApi();
const { dataset } = t.api;
let staff = '';

beforeAll(async () => {
  staff = await t.login('staff');
});

const url = (path: string) => `http://demo.test${API_ROOT}${path}`;

async function sign(validity: string, token = staff): Promise<Response> {
  return t.api.handle(
    new Request(url('/user/sign'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ validity }),
    }),
  );
}

describe('merging programs', () => {
  const merges = dataset.autoProcPrograms.filter((p) => p.processingPrograms === MERGING_PROGRAM);

  it('merges each finished serial experiment once, on its last merged run, with a log and a result', () => {
    expect(merges.length).toBeGreaterThanOrEqual(4);
    for (const program of merges) {
      const files = dataset.autoProcProgramAttachments.filter(
        (a) => a.autoProcProgramId === program.autoProcProgramId,
      );
      expect(files.map((f) => f.fileType).sort()).toEqual(['Log', 'Result']);
      expect(
        dataset.ssxProcessing.some((s) => s.dataCollectionId === program.dataCollectionId),
      ).toBe(true);
    }
  });

  it('warns about the runs it left out (the failed and the aborted thaumatin runs)', () => {
    const warnings = dataset.autoProcProgramMessages.filter(
      (m) =>
        m.severity === 'WARNING' && merges.some((p) => p.autoProcProgramId === m.autoProcProgramId),
    );
    expect(warnings.map((w) => w.message)).toContain(
      'runs #3 and #4 had no indexing result and were not merged.',
    );
  });
});

describe('one-time links (POST /user/sign, ?onetime=)', () => {
  const failed = dataset.autoProcPrograms.find((p) => p.kind === 'ssx' && p.processingStatus === 0);
  const log = dataset.autoProcProgramAttachments.find(
    (a) => a.autoProcProgramId === failed?.autoProcProgramId,
  );
  const path = `/processings/attachments/${log?.autoProcProgramAttachmentId}`;

  it('opens the signed path once, without the Bearer header, and explains the failure', async () => {
    const response = await sign(`${API_ROOT}${path}`);
    const { token, validity } = (await response.json()) as { token: string; validity: string };
    expect(validity).toBe(`${API_ROOT}${path}`);
    const first = await t.get(`${path}?onetime=${token}`);
    expect(first.status).toBe(200);
    expect(await first.text()).toMatch(
      /ERROR: indexamajig exited with status 1: cannot open geometry file/,
    );
    const again = await t.get(`${path}?onetime=${token}`);
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual({ detail: 'Invalid one time token.' });
  });

  it('refuses the token on another path', async () => {
    const { token } = (await (await sign(path)).json()) as { token: string };
    expect((await t.get(`/processings/attachments/1?onetime=${token}`)).status).toBe(401);
  });

  it('wants a token to sign and a validity', async () => {
    expect(
      (await t.api.handle(new Request(url('/user/sign'), { method: 'POST', body: '{}' }))).status,
    ).toBe(401);
    expect((await sign('')).status).toBe(422);
  });

  it('lists the merging program with its messages under /processings', async () => {
    const merge = dataset.autoProcPrograms.find((p) => p.processingPrograms === MERGING_PROGRAM);
    const page = await t.json<PageBody>(
      `/processings?dataCollectionId=${merge?.dataCollectionId}`,
      staff,
    );
    expect(page.results.map((r) => r.processingPrograms)).toContain(MERGING_PROGRAM);
  });
});

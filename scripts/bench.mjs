// Performance benchmark: real Chromium against the built app and the demo ISPyB on localhost.
// Prints a table, writes bench-results/bench.json, and exits non-zero when a budget is exceeded.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}`;
const API = `${BASE}/ispyb/api/v1`;
const budgets = JSON.parse(readFileSync(new URL('../bench-budgets.json', import.meta.url), 'utf8'));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function startServer() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ISPYB_API_URL: '' },
      detached: true,
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/config.json`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

async function token(login) {
  const response = await fetch(`${API}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ plugin: 'dummy', login, password: 'bench' }),
  });
  const body = await response.json();
  return JSON.stringify({ token: body.token, login: body.login, permissions: body.permissions });
}

/** A fresh context with a signed-in tab and a long-task observer installed before any script. */
async function signedInPage(browser, login = 'staff') {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const session = await token(login);
  await context.addInitScript((value) => {
    sessionStorage.setItem('ispyb-web.session', value);
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  }, session);
  const page = await context.newPage();
  return { context, page };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
};

async function firstPageJs(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script')
      bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(`${BASE}/login`);
  await page.getByRole('button', { name: /sign in/i }).waitFor();
  const buffers = await Promise.all(bodies);
  await context.close();
  return buffers.reduce((sum, b) => sum + gzipSync(b).length, 0) / 1024;
}

async function proposalList(browser) {
  const { context, page } = await signedInPage(browser);
  await page.goto(`${BASE}/proposals`);
  await page.getByRole('link', { name: 'MX2532' }).waitFor();
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

async function experimentPage(browser) {
  const { context, page } = await signedInPage(browser);
  await page.goto(`${BASE}/proposals/MX2532/sessions/5014/groups/12022`);
  // Fully drawn: all six runs listed with their statistics, and the page quiet.
  await page.locator('table').filter({ hasText: '40034' }).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

async function unitCells(browser) {
  const { context, page } = await signedInPage(browser);
  await page.goto(`${BASE}/proposals/MX2601/sessions/5011/groups/12016?run=40023&tab=cells`);
  const panel = page.locator('[data-cells-drawn-at]').first();
  await panel.waitFor({ timeout: 120_000 });
  const result = await panel.evaluate((el) => {
    const arrived = Number(el.getAttribute('data-cells-arrived-at'));
    const drawn = Number(el.getAttribute('data-cells-drawn-at'));
    const read = Number(el.getAttribute('data-cells-read-at'));
    const parseMs = Number(el.getAttribute('data-cells-parse-ms'));
    const workerMs = Number(el.getAttribute('data-cells-worker-ms'));
    const longest = Math.max(
      0,
      ...window.__longTasks.filter((t) => t.start + t.duration >= arrived).map((t) => t.duration),
    );
    return {
      drawMs: drawn - arrived,
      longestTaskMs: longest,
      readLagMs: read - arrived,
      parseMs,
      workerMs,
    };
  });
  await context.close();
  return result;
}

async function timingDiagram(browser) {
  const { context, page } = await signedInPage(browser);
  await page.goto(`${BASE}/proposals/MX2601/sessions/5011/groups/12016?run=40023&tab=timing`);
  const wrapper = page.locator('[data-render-ms]').first();
  await wrapper.waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => document.querySelector('[data-render-ms]')?.getAttribute('data-render-ms') !== '',
  );
  const renderMs = Number(await wrapper.getAttribute('data-render-ms'));
  const canvas = wrapper.locator('canvas').first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const frames = [];
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, i < 20 ? -240 : 240);
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      frames.push(Number(await wrapper.getAttribute('data-render-ms')));
    }
  }
  await context.close();
  return { renderMs, zoomMedianMs: median(frames), zoomP95Ms: p95(frames) };
}

/**
 * Per-shell plots of 10 merged datasets × 20 shells: the experiment's merges are answered with a
 * synthetic set of that size (the demo has 6 × 15), and the series page draws every dataset's
 * curves. Time from navigation until the six charts are committed.
 */
function syntheticMerges(groupId) {
  const delays = [null, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10];
  const shellCount = 20;
  const dMax = 35;
  const dMin = 1.5;
  const limits = Array.from({ length: shellCount + 1 }, (_, i) => {
    const s3 = dMax ** -3 + ((dMin ** -3 - dMax ** -3) * i) / shellCount;
    return Number((s3 ** (-1 / 3)).toFixed(3));
  });
  return delays.map((delay, k) => {
    const shells = limits.slice(0, -1).map((low, i) => {
      const t = (i + 0.5) / shellCount;
      const iOverSigma = 15 * Math.exp(-3 * t) * (1 - 0.02 * k);
      const ccHalf = iOverSigma ** 2 / (iOverSigma ** 2 + 2.5);
      return {
        resolutionLimitLow: low,
        resolutionLimitHigh: limits[i + 1],
        nTotalObservations: 300_000 - 8_000 * i,
        nTotalUniqueObservations: 1_400,
        completeness: 100 - 25 * t ** 4,
        multiplicity: 210 - 6 * i,
        meanIOverSigI: iOverSigma,
        ccHalf,
        ccStar: Math.sqrt((2 * ccHalf) / (1 + ccHalf)),
        rSplit: 80 / iOverSigma,
      };
    });
    const [first] = shells;
    return {
      ssxMergeId: 90_000 + k,
      dataCollectionGroupId: groupId,
      name: delay === null ? 'dark' : `delay ${k}`,
      program: 'bench',
      processingStatus: 1,
      processingMessage: null,
      recordTimeStamp: '2026-01-01T00:00:00',
      delay,
      delayType: delay === null ? null : 'pumpProbe',
      spaceGroup: 'P63',
      cell_a: 66.9,
      cell_b: 66.9,
      cell_c: 40.8,
      cell_alpha: 90,
      cell_beta: 90,
      cell_gamma: 120,
      runs: [{ dataCollectionId: 40029, nbIndexed: 10_000, nbMerged: 9_500 }],
      overall: { ...first, resolutionLimitHigh: dMin },
      shells,
    };
  });
}

async function shellPlots(browser) {
  const { context, page } = await signedInPage(browser);
  const merges = syntheticMerges(12022);
  await page.route(/\/ispyb\/api\/v1\/ssx\/merges(\/\d+)?(\?.*)?$/, (route) => {
    const url = new URL(route.request().url());
    const id = /\/ssx\/merges\/(\d+)$/.exec(url.pathname)?.[1];
    const body =
      id === undefined
        ? {
            total: merges.length,
            skip: 0,
            limit: Number(url.searchParams.get('limit') ?? 25),
            results: merges.map(({ shells: _shells, ...summary }) => summary),
          }
        : merges.find((m) => m.ssxMergeId === Number(id));
    return route.fulfill({ status: body ? 200 : 404, json: body ?? { detail: 'Item not found' } });
  });
  await page.goto(`${BASE}/proposals/MX2532/sessions/5014/groups/12022/series`);
  const charts = page.locator('[data-shell-charts][data-drawn-at]').first();
  await charts.waitFor({ timeout: 60_000 });
  const result = await charts.evaluate((el) => ({
    drawnAt: Number(el.getAttribute('data-drawn-at')),
    lines: el.querySelectorAll('.recharts-line').length,
  }));
  await context.close();
  if (result.lines !== 60)
    throw new Error(`expected 60 curves (6 charts × 10), drew ${result.lines}`);
  return result.drawnAt;
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const results = {};
const run = async (name, fn) => {
  try {
    const value = await fn();
    Object.assign(results, typeof value === 'object' ? value : { [name]: value });
  } catch (error) {
    results[`${name}Error`] = String(error).split('\n')[0];
  }
};
try {
  await run('firstPageJsKiB', () => firstPageJs(browser).then((v) => ({ firstPageJsKiB: v })));
  await run('proposalListMs', () => proposalList(browser).then((v) => ({ proposalListMs: v })));
  await run('experimentPageMs', () =>
    experimentPage(browser).then((v) => ({ experimentPageMs: v })),
  );
  await run('unitCells', () =>
    unitCells(browser).then((v) => ({
      cells1e6DrawMs: v.drawMs,
      cells1e6LongestTaskMs: v.longestTaskMs,
      cells1e6ReadLagMs: v.readLagMs,
      cells1e6ParseMs: v.parseMs,
      cells1e6WorkerMs: v.workerMs,
    })),
  );
  await run('shellPlots10x20Ms', () => shellPlots(browser).then((v) => ({ shellPlots10x20Ms: v })));
  await run('timing', () =>
    timingDiagram(browser).then((v) => ({
      timing1e6RenderMs: v.renderMs,
      timingZoomMedianMs: v.zoomMedianMs,
      timingZoomP95Ms: v.zoomP95Ms,
    })),
  );
} finally {
  await browser.close();
  process.kill(-server.pid);
}

const rows = Object.entries(budgets).map(([metric, budget]) => {
  const value = results[metric];
  const ok = typeof value === 'number' && Number.isFinite(value) && value <= budget;
  return {
    metric,
    value: typeof value === 'number' ? Number(value.toFixed(1)) : 'n/a',
    budget,
    ok,
  };
});
console.table(rows);
for (const [key, value] of Object.entries(results))
  if (key.endsWith('Error')) console.log(`${key}: ${value}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify({ date: new Date().toISOString(), results, budgets, rows }, null, 2),
);
const failed = rows.filter((r) => !r.ok);
if (failed.length) {
  console.error(`Over budget or not measured: ${failed.map((r) => r.metric).join(', ')}`);
  process.exit(1);
}

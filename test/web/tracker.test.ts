// The tracker views in Chromium (playwright-core, Debian's /usr/bin/chromium): a process page, the brush, filter
// links, deep links, the map and downloads, against a seeded store served on 127.0.0.1. Every page is checked for
// console errors and for requests leaving the server. Skips, saying why, without Chromium or the built UI. With
// PARLEY_TEST_PG set the same views run again on a PostgreSQL store (the browser subset that shows the server engine
// behind the dashboard; the brief is computed in the server's thread, as vitest runs the sources, not the build).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { defaultWebRoot } from '../../src/server/index.js';
import { parseConfig, type Store } from '../../src/index.js';
import { seededStore } from '../server/seed.js';
import { collect } from '../helpers/collect.js';
import { dropSchemas, engines } from '../helpers/engines.js';

const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const webRoot = defaultWebRoot();
const skipReason = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install -y chromium)`
  : !webRoot ? 'the web UI is not built (npm run build:web)' : null;
if (skipReason) console.log(`test/web/tracker: skipped: ${skipReason}`);

// A configured process, so the small seed store has one whatever the proposer's thresholds are.
const CONFIG = parseConfig('processes:\n  - name: Kyiv–Moscow track\n    parties: [Russia, Ukraine]\n    mediators: [United States]\n');
const PROCESS = 'kyiv-moscow-track';

let dir: string;
let store: Store;
let server: RunningServer;
let browser: Browser;

interface Watched { page: Page; errors: string[]; remote: string[] }
async function open(hash: string, width = 1280): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const remote: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) remote.push(r.url()); });
  await page.goto(server.url + hash);
  return { page, errors, remote };
}
async function done(w: Watched) {
  await w.page.waitForLoadState('networkidle');
  expect(w.errors).toEqual([]);
  expect(w.remote).toEqual([]);
  await w.page.close();
}
const api = async <T>(path: string): Promise<T> => (await fetch(server.url + path.replace(/^\//, ''))).json() as Promise<T>;
const shownIds = (page: Page) => page.locator('a.ev').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-event'))));
const listed = (page: Page) => page.locator('.list-head span').first().textContent();

describe.skipIf(!!skipReason).each(engines())('tracker views in Chromium on $name', (engine) => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-tracker-'));
    const url = engine.name === 'postgres' ? await engine.fresh() : null;
    store = await seededStore(url ?? join(dir, 'test.db'));
    server = await listen({ store, host: '127.0.0.1', port: 0, webRoot, config: CONFIG });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    await dropSchemas();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows a process page with its status, only its events, and its brief as Markdown', async () => {
    const [brief] = await api<{ timeline: { id: number }[]; process: { name: string } }[]>(`/api/brief?process=${PROCESS}`);
    const w = await open(`#/process/${PROCESS}`);
    await w.page.getByRole('heading', { name: brief.process.name }).waitFor();
    expect(await w.page.locator('dl.glance dt').allTextContents()).toEqual(expect.arrayContaining(['Last direct contact', 'Next scheduled', 'Current plan']));
    await w.page.locator('a.ev').first().waitFor();
    const ids = await shownIds(w.page);
    expect(ids.length).toBe(Math.min(50, brief.timeline.length));
    expect(brief.timeline.map((e) => e.id)).toEqual(expect.arrayContaining(ids));
    const md = await (await fetch(server.url + (await w.page.locator('[data-download="brief-md"]').getAttribute('href'))!.slice(1))).text();
    expect(md.startsWith(`# ${brief.process.name}`)).toBe(true);
    // The tabs are links: the quotes tab lists only quotes from this process's reports.
    await w.page.getByRole('link', { name: 'Quotes', exact: true }).last().click();
    await w.page.locator('blockquote.quote').first().waitFor();
    expect(new URL(w.page.url()).hash).toBe(`#/process/${PROCESS}?tab=quotes`);
    await done(w);
  });

  it('sets the range with the brush; the URL reproduces the view and back undoes it', async () => {
    const w = await open('#/timeline');
    const over = w.page.locator('.weeks .u-over');
    await over.waitFor();
    await w.page.locator('a.ev').first().waitFor();
    const before = await listed(w.page);
    const box = (await over.boundingBox())!;
    // Drag across the right third of the chart, where the seed's 2025 weeks are.
    await w.page.mouse.move(box.x + box.width * 0.62, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 5 });
    await w.page.mouse.up();
    await w.page.waitForFunction(() => location.hash.includes('since='));
    const params = new URLSearchParams(new URL(w.page.url()).hash.split('?')[1]);
    const [since, until] = [params.get('since')!, params.get('until')!];
    expect(since < until).toBe(true);
    await w.page.waitForFunction((b) => document.querySelector('.list-head span')?.textContent !== b, before);
    const dates = await w.page.locator('a.ev').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')).filter(Boolean) as string[]);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= since.slice(0, d.length) && d <= until).toBe(true);
    const ids = await shownIds(w.page);
    // The same link in a fresh page shows the same events.
    const again = await open(new URL(w.page.url()).hash);
    await again.page.locator('a.ev').first().waitFor();
    expect(await shownIds(again.page)).toEqual(ids);
    expect(await again.page.locator('.chips .chip').allTextContents()).toEqual([`from: ${since} ×`, `to: ${until} ×`]);
    await done(again);
    // Back returns to the unfiltered list.
    await w.page.goBack();
    await w.page.waitForFunction((b) => document.querySelector('.list-head span')?.textContent === b, before);
    await done(w);
  });

  it('opens the item a deep link names, scrolled into view, with its evidence', async () => {
    const meeting = (await collect(store.events({ category: 'CONSULT' }))).find((e) => e.source_count >= 2)!;
    const w = await open(`#/timeline?event=CONSULT&open=${meeting.id}`, 900);
    const item = w.page.locator(`a.ev[data-event="${meeting.id}"]`);
    await w.page.locator('.evidence-panel blockquote.source').nth(1).waitFor();
    expect(await item.getAttribute('aria-expanded')).toBe('true');
    expect(await item.getAttribute('class')).toContain('selected');
    await expect.poll(() => item.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    expect(await w.page.locator('.evidence-panel blockquote.source').count()).toBe(meeting.source_count);
    await done(w);
  });

  it('draws a marker for every place with coordinates, each linking to its events', async () => {
    const places = await api<{ name: string; events: number }[]>('/api/view/places');
    expect(places.length).toBeGreaterThan(2);
    const w = await open('#/map');
    await w.page.locator('svg.map .marker').first().waitFor();
    expect(await w.page.locator('svg.map path.land').count()).toBeGreaterThan(100);
    expect((await w.page.locator('svg.map .marker').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')))).sort()).toEqual(places.map((p) => p.name).sort());
    await w.page.locator('svg.map .marker[data-place="Geneva"]').click();
    await w.page.locator('a.ev').first().waitFor();
    expect(new URL(w.page.url()).hash).toContain('place=Geneva');
    expect(await w.page.locator('a.ev').count()).toBe(places.find((p) => p.name === 'Geneva')!.events);
    await done(w);
  });

  it('downloads exactly the rows a list shows, as CSV and as PLOVER JSON Lines', async () => {
    const w = await open('#/timeline?event=CONSULT');
    await w.page.locator('a.ev').first().waitFor();
    const ids = await shownIds(w.page);
    const file = async (name: string) => (await fetch(server.url + (await w.page.locator(`[data-download="${name}"]`).getAttribute('href'))!.slice(1))).text();
    const csv = (await file('events-csv')).trim().split('\r\n');
    expect(csv[0].split(',')[0]).toBe('event_id');
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(ids.map((id) => `parley-${id}`));
    const plover = (await file('events-jsonl')).trim().split('\n').map((l) => JSON.parse(l));
    expect(plover.map((r) => r.id)).toEqual(ids.map((id) => `parley-${id}`));
    expect(plover.every((r) => r.event[0] === 'CONSULT')).toBe(true);
    await done(w);
  });
});

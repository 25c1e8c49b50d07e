// The disputes view in Chromium (playwright-core, Debian's /usr/bin/chromium), paged: a store with more disputes than
// a page holds. The seed store has too few, so the server is given a brief whose disputes are many (the BriefApi is a
// dependency of the server); each side is a sentence of a seeded report, so the page shows it in its context. Checks
// that the first screenful comes from a small request and the rest of the page follows, that the pager walks the pages
// by link, and that nothing errs or leaves the server. Skips, saying why, without Chromium or the built UI.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { defaultWebRoot, libraryBrief } from '../../src/server/index.js';
import type { Dispute, Store } from '../../src/index.js';
import { MEETING_REPORTS, seededStore } from '../server/seed.js';

const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const webRoot = defaultWebRoot();
const skipReason = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install -y chromium)`
  : !webRoot ? 'the web UI is not built (npm run build:web)' : null;
if (skipReason) console.log(`test/web/disputes: skipped: ${skipReason}`);

/** Two and a half pages of disputes (a page is 50), each between the two seeded reports of one meeting. */
const DISPUTES: Dispute[] = Array.from({ length: 120 }, (_, i) => ({
  kind: 'duration-minutes',
  subject: `length of meeting ${i + 1}`,
  values: [
    { value: 60, speaker: 'aides', outlet: 'wire-a.example', report: MEETING_REPORTS[0].id, evidence: 'talked for about an hour' },
    { value: 45 + (i % 3), speaker: null, outlet: 'wire-b.example', report: MEETING_REPORTS[1].id, evidence: 'held talks in Geneva' },
  ],
}));

let dir: string;
let store: Store;
let server: RunningServer;
let browser: Browser;

interface Watched { page: Page; errors: string[]; remote: string[]; disputeRequests: string[] }
async function open(hash: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const w: Watched = { page, errors: [], remote: [], disputeRequests: [] };
  page.on('console', (m) => { if (m.type() === 'error') w.errors.push(m.text()); });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) w.remote.push(r.url());
    if (r.url().includes('/api/view/disputes')) w.disputeRequests.push(r.url().slice(r.url().indexOf('?')));
  });
  await page.goto(server.url + hash);
  return w;
}
const listed = (page: Page) => page.locator('.disputes .list-head span').first().textContent();
const subjects = (page: Page) => page.locator('article.dispute h3').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));

describe.skipIf(!!skipReason)('the paged disputes view in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-disputes-'));
    store = await seededStore(join(dir, 'test.db'));
    const brief = { ...libraryBrief(), disputes: async () => DISPUTES };
    server = await listen({ store, host: '127.0.0.1', port: 0, webRoot, brief });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws the first screenful from a small request, then the rest of the page, each side in its sentence', async () => {
    const w = await open('#/disputes');
    await w.page.waitForFunction(() => document.querySelector('.disputes .list-head span')?.textContent === 'Disputes 1–50 of 120');
    expect(w.disputeRequests).toEqual(['?offset=0&limit=4', '?offset=4&limit=46']);
    expect(await subjects(w.page)).toEqual(DISPUTES.slice(0, 50).map((d) => d.subject));
    const first = w.page.locator('article.dispute').first();
    expect(await first.locator('.tally').textContent()).toBe('60: 1 report · 45: 1 report');
    expect(await first.locator('strong.evidence').allTextContents()).toEqual(['talked for about an hour', 'held talks in Geneva']);
    // The sentence around the evidence, read from the report: the context is more than the evidence itself.
    expect(await first.locator('mark.sentence').first().textContent()).toBe('The two leaders talked for about an hour, aides said.');
    expect(await first.locator('footer a').first().getAttribute('href')).toBe(`#/doc/${MEETING_REPORTS[0].id}`);
    await w.page.waitForLoadState('networkidle');
    expect(w.errors).toEqual([]);
    expect(w.remote).toEqual([]);
    await w.page.close();
  });

  it('walks the pages by link; the last page is the remainder and has no next link', async () => {
    const w = await open('#/disputes');
    await w.page.getByText('page 1 of 3').waitFor();
    await w.page.getByRole('link', { name: 'older →' }).click();
    await w.page.waitForFunction(() => document.querySelector('.disputes .list-head span')?.textContent === 'Disputes 51–100 of 120');
    expect(new URL(w.page.url()).hash).toBe('#/disputes?page=2');
    expect(await subjects(w.page)).toEqual(DISPUTES.slice(50, 100).map((d) => d.subject));
    await w.page.getByRole('link', { name: 'older →' }).click();
    await w.page.waitForFunction(() => document.querySelector('.disputes .list-head span')?.textContent === 'Disputes 101–120 of 120');
    expect(await subjects(w.page)).toEqual(DISPUTES.slice(100).map((d) => d.subject));
    await w.page.getByText('page 3 of 3').waitFor();
    expect(await w.page.getByRole('link', { name: 'older →' }).count()).toBe(0);
    // Back returns to the page before, and a copied link opens the same page.
    await w.page.goBack();
    await w.page.waitForFunction(() => document.querySelector('.disputes .list-head span')?.textContent === 'Disputes 51–100 of 120');
    const again = await open('#/disputes?page=2');
    await again.page.waitForFunction(() => document.querySelector('.disputes .list-head span')?.textContent === 'Disputes 51–100 of 120');
    expect(await listed(again.page)).toBe('Disputes 51–100 of 120');
    for (const x of [w, again]) {
      await x.page.waitForLoadState('networkidle');
      expect(x.errors).toEqual([]);
      expect(x.remote).toEqual([]);
      await x.page.close();
    }
  });
});

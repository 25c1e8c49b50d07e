// The dashboard in a real browser (Debian's Chromium through playwright-core), against a server on 127.0.0.1:0 with a
// seeded store. Skips, saying why, when Chromium or the built UI is missing; CI installs and builds both.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { defaultWebRoot } from '../../src/server/index.js';
import { queryEvents, type Store } from '../../src/index.js';
import { seededStore } from '../server/seed.js';
import { collect } from '../helpers/collect.js';

const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const webRoot = defaultWebRoot();
const skipReason = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install -y chromium)`
  : !webRoot ? 'the web UI is not built (npm run build:web)' : null;
if (skipReason) console.log(`test/web/dashboard: skipped: ${skipReason}`);

const TOKEN = 'browser-test-token';
let dir: string;
let store: Store;
let server: RunningServer;
let context: BrowserContext;

/** A fresh page that records console errors, page errors and dialogs. */
async function openPage(): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  return { page, errors, dialogs };
}

describe.skipIf(!!skipReason)('dashboard in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-web-'));
    store = await seededStore(join(dir, 'test.db'));
    server = await listen({ store, host: '127.0.0.1', port: 0, token: TOKEN, webRoot });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads the overview with its chart and no console errors', async () => {
    const { page, errors } = await openPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.locator('table.claims').first().waitFor();
    await page.locator('.chart canvas').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('header .counts').textContent()).toMatch(/\d+ reports/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a meeting\'s evidence highlighted in every report that supports it', async () => {
    const meeting = (await collect(queryEvents(store, { event: 'CONSULT', since: '2025-03-11', until: '2025-03-11' }))).find((e) => e.source_count >= 2)!;
    expect(meeting).toBeDefined();
    const { page, errors } = await openPage();
    await page.goto(`${server.url}#/timeline`);
    await page.locator('a.ev[data-category="ASSAULT"], a.ev[data-category="AGREE"]').first().waitFor();
    await page.locator('select[name=event]').selectOption('CONSULT');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('a.ev[data-category="AGREE"]').first().waitFor({ state: 'detached' });
    expect(new Set(await page.locator('a.ev').evaluateAll((els) => els.map((e) => e.getAttribute('data-category'))))).toEqual(new Set(['CONSULT']));
    await page.locator(`a.ev[data-event="${meeting.id}"]`).click();
    const sources = page.locator('.evidence-panel blockquote.source');
    await sources.nth(1).waitFor();
    expect(await sources.count()).toBe(meeting.source_count);
    const marks = await page.locator('.evidence-panel mark.sentence').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(2);
    for (const m of marks) expect(m).toMatch(/Geneva/);
    expect((await page.locator('.evidence-panel strong.evidence').allTextContents()).sort()).toEqual(meeting.sources.map((s) => s.evidence).sort());
    // The document view highlights the same evidence.
    await sources.first().locator('footer a').first().click();
    await page.locator('.doc-text mark.hl-selected').first().waitFor();
    expect(meeting.sources.map((s) => s.evidence)).toContain(await page.locator('.doc-text mark.hl-selected').first().textContent());
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Pastes a report through the form, opens it, and returns the text the page shows and the text the store holds. */
  async function pasteAndOpen(page: Page, text: string): Promise<{ shown: string; stored: string }> {
    await page.goto(`${server.url}#/add`);
    await page.locator('input[name=token]').fill(TOKEN);
    await page.locator('textarea[name=text]').fill(text);
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page.getByRole('link', { name: 'Open the report' }).click();
    await page.locator('.doc-text').waitFor();
    const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/doc\//, '').split('?')[0]);
    const stored = (await (await fetch(`${server.url}api/documents/${encodeURIComponent(id)}`)).json()).text;
    return { shown: (await page.locator('.doc-text').textContent())!, stored };
  }

  it('shows markup in a report as text and never runs it', async () => {
    const { page, errors, dialogs } = await openPage();
    // Raw tags: the cleaner drops stray markup before storing; whatever is stored is shown exactly, as text.
    const raw = await pasteAndOpen(page, 'Envoys met in Oslo on Monday. <script>alert(1)</script> Aides said <img src=x onerror=alert(2)> little.');
    expect(raw.shown).toBe(raw.stored);
    // Escaped markup is stored as literal characters ("<script>…"): the page must show those characters.
    const escaped = await pasteAndOpen(page, 'Envoys met in Bern on Friday. &lt;script&gt;alert(1)&lt;/script&gt; Aides said &lt;img src=x onerror=alert(2)&gt; little.');
    expect(escaped.stored).toContain('<script>alert(1)</script>');
    expect(escaped.shown).toBe(escaped.stored);
    expect(escaped.shown).toContain('<img src=x onerror=alert(2)>');
    expect(await page.locator('.doc-text img, .doc-text script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the contact graph without breaking the content policy', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}#/contacts`);
    await page.locator('.graph canvas').first().waitFor();
    expect(await page.locator('.contacts table tbody tr').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

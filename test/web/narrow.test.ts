// Every view on a phone-width screen (390 px) and from the keyboard, in Chromium (playwright-core): the page never
// scrolls sideways (wide tables scroll in their own box), each tab stop shows where focus is, and the dashboard asks
// the server for what it shows only (the meta once, no OpenAPI document for a filter's category list).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { defaultWebRoot } from '../../src/server/index.js';
import { parseConfig, type Store } from '../../src/index.js';
import { seededStore } from '../server/seed.js';

const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const webRoot = defaultWebRoot();
const skipReason = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install -y chromium)`
  : !webRoot ? 'the web UI is not built (npm run build:web)' : null;
if (skipReason) console.log(`test/web/narrow: skipped: ${skipReason}`);

const CONFIG = parseConfig('processes:\n  - name: Kyiv–Moscow track\n    parties: [Russia, Ukraine]\n    mediators: [United States]\n');
/** Each view and what shows that it is drawn. */
const VIEWS: [string, string][] = [
  ['#/', 'table.process-list tbody tr'],
  ['#/process/kyiv-moscow-track', 'ol.events li'],
  ['#/timeline', 'ol.events li'],
  ['#/contacts', '.contacts-split'],
  ['#/map', 'svg path.land'],
  ['#/disputes', 'section.disputes'],
  ['#/quotes', 'blockquote.quote'],
];

let dir: string;
let store: Store;
let server: RunningServer;
let browser: Browser;

describe.skipIf(!!skipReason)('the dashboard at 390 px and from the keyboard', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-narrow-'));
    store = await seededStore(join(dir, 'test.db'));
    server = await listen({ store, host: '127.0.0.1', port: 0, webRoot, config: CONFIG });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(VIEWS)('%s fits the width, shows its focus and asks only for what it shows', async (hash, drawn) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    const asked: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => asked.push(r.url().slice(server.url.length - 1)));
    await page.goto(server.url + hash);
    await page.locator(drawn).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        // Focus inside a control's own part (a date field's calendar button) is ringed by the browser, not by our CSS.
        const own = !e.matches(':focus');
        return { what: e.outerHTML.slice(0, 80), shown: own || (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') };
      });
      if (focus) expect(focus.shown, focus.what).toBe(true);
    }
    expect(errors).toEqual([]);
    expect(asked.filter((p) => p === '/api/meta')).toHaveLength(1);
    expect(asked).not.toContain('/api/openapi.json');
    await page.close();
  }, 30_000);
});

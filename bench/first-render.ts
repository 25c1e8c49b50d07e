// `npm run bench:render [-- STORE]`: each dashboard page's first render in Debian's Chromium (playwright-core) over
// a big store (default: the 100k store bench:brief builds; an SQLite file or a postgres:// URL), served on loopback as
// `parley serve` does. A page's time runs from navigation until its content is drawn (a selector of its own); each
// page is opened in a fresh browser page, first once (cold) and then REPEATS times. The time is the page's own clock
// (ms since its navigation started) at the first frame after the selector's element entered the DOM: a locator's
// wait polls at growing intervals and came back up to a few hundred ms after the page had drawn (its time is
// printed too, as "seen"). Run it twice on a new store: the
// first server computes and saves the brief, a restarted one starts from the saved one. RENDER_TRACE=1 also prints,
// for each page's cold open, every request it made: when it started (ms from navigation) and how long it took.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openStore } from '../src/store/index.js';
import { listen } from '../src/server/listen.js';
import { defaultWebRoot } from '../src/server/static.js';

const path = process.argv[2] ?? join(tmpdir(), 'parley-bench-brief-100000.db');
const REPEATS = Number(process.env.RENDER_REPEATS ?? 3);
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const TRACE = !!process.env.RENDER_TRACE;
if (!/^postgres(ql)?:/.test(path) && !existsSync(path)) throw new Error(`no store at ${path}: run npm run bench:brief first`);
const webRoot = defaultWebRoot();
if (!webRoot) throw new Error('the web UI is not built: npm run build');

const store = await openStore(path);
const started = performance.now();
const server = await listen({ store, host: '127.0.0.1', port: 0, dbPath: path, webRoot });
const processes = (await (await fetch(`${server.url}api/processes`)).json()) as { id: string }[];
console.log(`store ${path.replace(/:[^:@/]*@/, ':***@')}: processes answered ${((performance.now() - started) / 1000).toFixed(1)} s after start`);
const p = processes[0]?.id ?? 'none';

/** Page → what shows that its content is drawn. */
const PAGES: [string, string, string][] = [
  ['overview', '#/', 'table.process-list tbody tr'],
  ['process', `#/process/${p}`, 'ol.events li'],
  ['process plan', `#/process/${p}?tab=plan`, '.plan h2'],
  ['process quotes', `#/process/${p}?tab=quotes`, 'blockquote.quote'],
  ['timeline', '#/timeline', 'ol.events li'],
  ['contacts', '#/contacts', '.contacts-split'],
  ['quotes', '#/quotes', 'blockquote.quote'],
  ['disputes', '#/disputes', 'article.dispute'],
  ['map', '#/map', 'svg path'],
];

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
/** Runs in the page: notes the frame in which an element matching `sel` is first there. */
function markDrawn(sel: string) {
  const w = window as unknown as { __drawn?: number };
  const seen = () => { if (!document.querySelector(sel)) return false; requestAnimationFrame(() => { w.__drawn ??= performance.now(); }); return true; };
  new MutationObserver((_, o) => { if (seen()) o.disconnect(); }).observe(document, { childList: true, subtree: true });
}
const seenTimes: number[] = [];
async function render(hash: string, selector: string, trace = false): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(markDrawn, selector);
  // The browser's own timing of each request (epoch ms at its start, then ms after that), read once it is done.
  const done: { path: string; start: number; end: number }[] = [];
  if (trace) page.on('requestfinished', (r) => { const t = r.timing(); done.push({ path: r.url().slice(server.url.length - 1), start: t.startTime, end: t.responseEnd }); });
  const t0 = performance.now();
  const epoch0 = Date.now();
  try {
    await page.goto(server.url + hash);
    await page.locator(selector).first().waitFor({ timeout: 120_000 });
    seenTimes.push(performance.now() - t0);
    await page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn !== undefined);
    const ms = await page.evaluate(() => (window as unknown as { __drawn: number }).__drawn);
    if (trace) {
      await page.waitForLoadState('networkidle');
      const rows = done.sort((a, b) => a.start - b.start).map((d) => `    ${(d.start - epoch0).toFixed(0).padStart(6)} +${d.end.toFixed(0).padStart(5)} ms  ${d.path}`);
      console.log(`  ${hash} drawn at ${ms.toFixed(0)} ms\n${rows.join('\n')}`);
    }
    return ms;
  } finally { await page.close(); }
}
console.log(`page               first ms    p50 ms   seen p50   (${REPEATS} repeats; seen: when the locator saw it)`);
for (const [name, hash, selector] of PAGES) {
  try {
    const first = await render(hash, selector, TRACE);
    const times: number[] = [];
    seenTimes.length = 0;
    for (let i = 0; i < REPEATS; i++) times.push(await render(hash, selector));
    console.log(`${name.padEnd(17)} ${first.toFixed(0).padStart(9)} ${pct(times, 0.5).toFixed(0).padStart(9)} ${pct(seenTimes, 0.5).toFixed(0).padStart(10)}`);
  } catch (e) {
    console.log(`${name.padEnd(17)} failed: ${(e as Error).message.split('\n')[0]}`);
  }
}
await browser.close();
await server.close();
await store.close();
process.exit(0);

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFeed, DEFAULT_FEED } from '../../src/ingest/feed.js';

const para = 'The two delegations met for a second day of talks on a ceasefire and on the exchange of prisoners. ';
const article = `<html><head><title>Talks resume</title></head><body><nav>Home | World</nav><article><h1>Talks resume</h1>
<p>${para.repeat(4)}</p><p>${para.repeat(4)}</p></article><footer>Copyright</footer></body></html>`;

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/article') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(article); return; }
    if (req.url === '/slow') { setTimeout(() => { res.end(article); }, 2000); return; }
    if (req.url === '/huge') { res.writeHead(200); res.end('x'.repeat(300_000)); return; }
    if (req.url === '/rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><title>Full item</title><link>${base}/full</link><guid>full-1</guid><pubDate>Mon, 29 Dec 2025 10:00:00 GMT</pubDate>
<description>Short.</description><content:encoded><![CDATA[<p>${para.repeat(8)}</p>]]></content:encoded></item>
<item><title>Summary only</title><link>${base}/article</link><pubDate>Tue, 30 Dec 2025 08:00:00 GMT</pubDate><description>Teaser.</description></item>
<item><title>Slow page</title><link>${base}/slow</link><description>Teaser.</description></item>
<item><title>Huge page</title><link>${base}/huge</link><description>Teaser.</description></item>
<item><title>Gone</title><link>${base}/missing</link><description>Teaser.</description></item>
<item><title>Gone, no text</title><guid>gone-2</guid><link>${base}/missing</link><description></description></item>
</channel></rss>`);
      return;
    }
    if (req.url === '/atom') {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><id>urn:a:1</id><title>Atom entry</title><link href="${base}/article"/><updated>2026-01-07T12:00:00Z</updated>
<summary>Only a teaser.</summary></entry></feed>`);
      return;
    }
    res.writeHead(404); res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const collect = async (where: string) => { const out = []; for await (const x of readFeed(where, { ...DEFAULT_FEED, timeoutMs: 500, maxBytes: 100_000, allowPrivateHosts: true })) out.push(x); return out; };

describe('feeds', () => {
  it('turns RSS items into reports, fetching the page when the item has only a summary, and falls back to the summary', async () => {
    const items = await collect(`${base}/rss`);
    expect(items).toHaveLength(6);
    expect(items[0], JSON.stringify(items[0])).toMatchObject({ id: 'full-1', title: 'Full item', published: '2025-12-29', source: `${base}/full` });
    expect((items[0] as { text: string }).text.startsWith('The two delegations met')).toBe(true);
    expect(items[1]).toMatchObject({ title: 'Summary only', published: '2025-12-30', source: `${base}/article` });
    expect((items[1] as { text: string }).text).toContain('exchange of prisoners');
    expect((items[1] as { text: string }).text).not.toContain('Copyright');
    // The page could not be had: the item's own text stands in, with a warning that names the link once.
    expect(items.slice(2, 5)).toEqual([
      { id: `${base}/slow`, source: `${base}/slow`, text: 'Teaser.', published: null, title: 'Slow page', warnings: ["the linked page: no answer within 500 ms; using the feed item's own text (7 characters)"] },
      { id: `${base}/huge`, source: `${base}/huge`, text: 'Teaser.', published: null, title: 'Huge page', warnings: ["the linked page: larger than 100000 bytes; using the feed item's own text (7 characters)"] },
      { id: `${base}/missing`, source: `${base}/missing`, text: 'Teaser.', published: null, title: 'Gone', warnings: ["the linked page: HTTP 404; using the feed item's own text (7 characters)"] },
    ]);
    expect(items[5]).toEqual({ id: 'gone-2', failed: `${base}/missing: HTTP 404; the item has no text of its own` });
    expect('warnings' in items[0] || 'warnings' in items[1]).toBe(false);
  });
  it('reads Atom entries', async () => {
    const [entry] = await collect(`${base}/atom`);
    expect(entry).toMatchObject({ id: 'urn:a:1', title: 'Atom entry', published: '2026-01-07' });
  });
  it('names a feed that is not one', async () => {
    expect(await collect(`${base}/article`)).toEqual([{ id: `${base}/article`, failed: 'feed: not an RSS 2.0 or Atom feed' }]);
    expect(await collect(`${base}/nothing`)).toEqual([{ id: `${base}/nothing`, failed: 'feed: HTTP 404' }]);
  });
});

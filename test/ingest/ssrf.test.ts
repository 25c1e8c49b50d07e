// A feed is written by a stranger: its links (and their redirects) must not make Parley fetch from this machine, its
// network or the cloud metadata service. Only loopback traffic is sent here; refused addresses are never connected to.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FEED, readFeed, type FeedOptions } from '../../src/ingest/feed.js';
import { fetchText } from '../../src/ingest/fetch.js';
import { forbiddenAddress } from '../../src/ingest/hosts.js';

const para = 'The two delegations met for a second day of talks on a ceasefire and on the exchange of prisoners. ';
let server: Server;
let port = 0;
const hits: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/to-v6-loopback') { res.writeHead(302, { location: `http://[::1]:${port}/secret` }); res.end(); return; }
    if (req.url === '/to-file') { res.writeHead(302, { location: 'file:///etc/passwd' }); res.end(); return; }
    if (req.url === '/loop') { res.writeHead(302, { location: '/loop' }); res.end(); return; }
    if (req.url === '/article') { res.end(`<html><body><article><p>${para.repeat(8)}</p></article></body></html>`); return; }
    res.writeHead(200); res.end('secret');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

// The test server stands in for a public host: 127.0.0.1 is allowed, every other address is judged as usual.
const policy = (address: string) => (address === '127.0.0.1' ? null : forbiddenAddress(address));
const opts = { ...DEFAULT_FEED, timeoutMs: 2000, maxBytes: 100_000, addressPolicy: policy };

describe('forbiddenAddress', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'], ['::1', 'a loopback address'], ['10.1.2.3', 'a private address'],
    ['192.168.0.10', 'a private address'], ['172.20.0.1', 'a private address'], ['169.254.169.254', 'a link-local address (cloud metadata lives here)'],
    ['::ffff:127.0.0.1', 'a loopback address'], ['::ffff:7f00:1', 'a loopback address'], ['fd00:ec2::254', 'a private (unique local) address'],
    ['fe80::1', 'a link-local address'], ['0.0.0.0', 'a "this network" address'],
  ])('%s is %s', (address, what) => { expect(forbiddenAddress(address)).toBe(what); });
  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '8.8.8.8'])('%s is public', (address) => {
    expect(forbiddenAddress(address)).toBeNull();
  });
});

describe('fetchText refuses what a feed may not reach', () => {
  it('refuses a loopback or metadata URL by default, naming it, without connecting', async () => {
    const before = hits.length;
    await expect(fetchText(`http://127.0.0.1:${port}/secret`)).rejects.toThrow(`refused: 127.0.0.1 is a loopback address; give --allow-private-hosts to fetch it (http://127.0.0.1:${port}/secret)`);
    await expect(fetchText('http://169.254.169.254/latest/meta-data/')).rejects.toThrow(/refused: 169\.254\.169\.254 is a link-local address \(cloud metadata lives here\)/);
    await expect(fetchText('file:///etc/passwd')).rejects.toThrow('refused: file URL file:///etc/passwd (only http and https are fetched)');
    expect(hits.length).toBe(before);
  });

  it('checks every redirect hop: a redirect to a loopback address is refused and named', async () => {
    await expect(fetchText(`http://127.0.0.1:${port}/to-v6-loopback`, opts)).rejects.toThrow(`refused: ::1 is a loopback address; give --allow-private-hosts to fetch it (http://[::1]:${port}/secret)`);
    await expect(fetchText(`http://127.0.0.1:${port}/to-file`, opts)).rejects.toThrow(/refused: file URL/);
    expect(hits).not.toContain('/secret');
  });

  it('resolves a name and checks the address it resolves to, before connecting', async () => {
    const before = hits.length;
    await expect(fetchText(`http://localhost:${port}/secret`)).rejects.toThrow(/^refused: localhost \((127\.0\.0\.1|::1)\) is a loopback address/);
    expect(hits.length).toBe(before);
  });

  it('stops a redirect loop', async () => {
    await expect(fetchText(`http://127.0.0.1:${port}/loop`, opts)).rejects.toThrow('more than 5 redirects');
  });

  it('fetches private hosts when the user allows them', async () => {
    expect(await fetchText(`http://127.0.0.1:${port}/secret`, { ...opts, addressPolicy: undefined, allowPrivateHosts: true })).toBe('secret');
  });
});

function feedFile(items: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-ssrf-')), 'feed.xml');
  writeFileSync(file, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items.join('')}</channel></rss>`);
  return file;
}
const collect = async (where: string, o: FeedOptions) => { const out = []; for await (const x of readFeed(where, o)) out.push(x); return out; };

describe('readFeed bounds', () => {
  it('a feed item whose link redirects to loopback is not stored from the secret page', async () => {
    const file = feedFile([`<item><title>A</title><link>http://127.0.0.1:${port}/to-v6-loopback</link><description>Teaser.</description></item>`]);
    const [item] = await collect(file, opts);
    expect(item).toMatchObject({ text: 'Teaser.' });
    expect((item as { warnings: string[] }).warnings[0]).toMatch(/refused: ::1 is a loopback address/);
  });

  it('reads at most maxItems items and names the rest as skipped', async () => {
    const items = Array.from({ length: 7 }, (_, i) => `<item><title>T${i}</title><guid>g${i}</guid><description>${para}</description></item>`);
    const out = await collect(feedFile(items), { ...opts, maxItems: 3, minArticleChars: 10 });
    expect(out.map((x) => x.id).slice(0, 3)).toEqual(['g0', 'g1', 'g2']);
    expect(out).toHaveLength(4);
    expect(out[3]).toMatchObject({ failed: 'feed: 4 of 7 items skipped (at most 3 per feed; raise with --max-items)' });
  });

  it('stops at the overall deadline', async () => {
    const items = Array.from({ length: 3 }, (_, i) => `<item><guid>g${i}</guid><description>${para}</description></item>`);
    const out = await collect(feedFile(items), { ...opts, deadlineMs: 0, minArticleChars: 10 });
    expect(out).toEqual([{ id: expect.stringMatching(/feed\.xml$/), failed: "feed: 3 of 3 items skipped (the feed's 0 s deadline passed)" }]);
  });

  it('refuses a feed path that is a device', async () => {
    expect(await collect('/dev/zero', opts)).toEqual([{ id: '/dev/zero', failed: 'feed: is a device, not a regular file' }]);
  });
});

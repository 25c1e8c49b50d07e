// `parley ingest --feed FILE`: an item with a short inline text whose link cannot be fetched is ingested from its own
// text with one warning line, not failed. The link is an unreachable loopback port.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';

const LINK = 'http://127.0.0.1:1/talks-in-oslo';
const INLINE = 'Norwegian mediators hosted envoys of both governments in Oslo on Tuesday for a first round of talks.';

function feedFile(item: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-feed-'));
  const file = join(dir, 'feed.xml');
  writeFileSync(file, `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
${item}</channel></rss>`);
  return file;
}

async function ingest(file: string) {
  let err = '';
  const db = join(mkdtempSync(join(tmpdir(), 'parley-feed-')), 'p.db');
  const code = await main(['ingest', '--feed', file, '--allow-private-hosts', '--db', db], { stdout: () => {}, stderr: (s) => { err += s; }, stdin: async function* () {} });
  return { code, err, db };
}

describe('parley ingest --feed with an unreachable link', () => {
  it('falls back to the short inline content with one warning that names the URL once', async () => {
    const file = feedFile(`<item><title>Talks in Oslo</title><link>${LINK}</link><pubDate>Tue, 03 Feb 2026 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>${INLINE}</p>]]></content:encoded></item>`);
    const r = await ingest(file);
    expect(r.code, r.err).toBe(0);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^parley: warning: ${LINK}: the linked page: could not fetch \\(.+\\); using the feed item's own text \\(${INLINE.length} characters\\)$`));
    expect(r.err.split(LINK).length - 1).toBe(1);
    expect(lines[1]).toMatch(/^ingest: 1 reports: 1 new, 0 already known, 0 failed;/);
    const store = (await openStore(r.db));
    try { expect((await store.counts()).reports).toBe(1); } finally { (await store.close()); }
  });

  it('still fails an item with no inline text, naming the URL once', async () => {
    const r = await ingest(feedFile(`<item><title>Empty</title><link>${LINK}</link><description></description></item>`));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^parley: ${LINK}: the linked page: could not fetch \\(.+\\); the item has no text of its own$`, 'm'));
    expect(r.err.split(LINK).length - 1).toBe(1);
  });
});

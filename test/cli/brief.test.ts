// `parley brief` prints the brief as computing it gives it, in Markdown and JSON; the Markdown of a store is written
// once per store content (kept through a writable connection, as the store is opened read-only) and read back after.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, loadConfigFile, renderBrief } from '../../src/brief/index.js';
import { savedAnswer } from '../../src/query/saved.js';
import { markdownKey } from '../../src/query/saved-brief.js';
import { openStore } from '../../src/store/index.js';
import { DOCS, storeOf } from '../brief/fixtures.js';
import { runCli as run } from '../helpers/cli.js';

describe('parley brief', () => {
  it('prints the computed brief; the next run prints the same Markdown from the saved text', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parley-brief-')), 'p.db');
    const store = await storeOf(DOCS, db);
    const config = loadConfigFile();
    const briefs = await brief(store, { config });
    await store.close();
    const first = await run(['brief', '--db', db]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toBe(briefs.map(renderBrief).join('\n'));
    const saved = await openStore(db, { readOnly: true });
    expect((await savedAnswer(saved, markdownKey(config)))?.current).toBe(true);
    await saved.close();
    expect((await run(['brief', '--db', db])).out).toBe(first.out);
    const json = await run(['brief', '--format', 'json', '--db', db]);
    expect(JSON.parse(json.out)).toEqual(JSON.parse(JSON.stringify(briefs)));
  }, 60_000);

  it('says so when the store shows no process, in either format', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parley-brief-')), 'p.db');
    await (await storeOf(DOCS.slice(0, 1), db)).close();
    for (let i = 0; i < 2; i++) {
      const md = await run(['brief', '--db', db]);
      expect(md.out).toMatch(/^No negotiation process found in .* \(1 report\)\.\n$/);
      expect(md.err).toMatch(/a process needs two sides/);
    }
    expect((await run(['brief', '--format', 'json', '--db', db])).out).toBe('[]\n');
  }, 60_000);
});

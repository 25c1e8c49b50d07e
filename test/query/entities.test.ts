// `parley entities`: what the store knows, with kind and country, most reported first; --kind filters.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { listEntities } from '../../src/query/entities.js';
import { main } from '../../src/cli/main.js';
import { asReports, extractFixture, PEOPLE, record } from '../ingest/fixtures.js';

const group: [string, 'group', string] = ['Northern Hills Liberation Army', 'group', 'TCD'];

describe('listEntities', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'parley-entities-')), 'p.db');
  const store = (await openStore(db));
  await ingestReports(store, asReports([
    record({ id: 'a', published: '2025-08-16', entities: { t: PEOPLE.trump, g: group }, events: [
      { mode: 'meet', actor: ['t', 'g'], date: '2025-08-15', text: 'Trump met the group.' }] }),
    record({ id: 'b', published: '2025-08-17', entities: { t: PEOPLE.trump }, events: [] }),
  ]), { extract: extractFixture });
  await store.close();

  it('lists every entity with kind, country, reports and events, most reported first', async () => {
    const s = (await openStore(db));
    const rows = (await listEntities(s));
    await s.close();
    expect(rows.map((r) => [r.name, r.kind, r.country, r.reports])).toEqual([
      ['Donald Trump', 'person', 'USA', 2],
      ['Northern Hills Liberation Army', 'group', 'TCD', 1],
    ]);
  });

  it('filters by kind and renders as CSV from the command line', async () => {
    let out = '';
    const io = { stdout: (s: string) => { out += s; }, stderr: () => {}, stdin: async function* () {} };
    expect(await main(['entities', '--kind', 'group', '--format', 'csv', '--db', db], io as never)).toBe(0);
    expect(out.split('\r\n')[0]).toBe('id,name,kind,country,office,wikidata,reports,events');
    expect(out).toContain('Northern Hills Liberation Army,group,TCD,,,1,1');
    expect(out).not.toContain('Donald Trump');
  });
});

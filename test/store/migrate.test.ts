// A store made by an earlier version opens and gains the new columns; what it held stays.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/index.js';
import { DOCS, storeOf } from '../brief/fixtures.js';

describe('store migrations', () => {
  it('upgrades a version-1 store: entities keep their rows and gain office and wikidata, mentions gain contexts', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parley-migrate-')), 'old.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO entities (key, kind, country, name, fold) VALUES ('state:NOR', 'state', 'NOR', 'Norway', 'norway')").run();
    old.close();
    const store = (await openStore(path));
    const row = (await store.entityByKey('state:NOR'))!;
    expect(row).toMatchObject({ name: 'Norway', office: null, wikidata: null });
    await store.fillEntity(row.id!, { office: null, wikidata: 'Q20' });
    expect((await store.entity(row.id!))?.wikidata).toBe('Q20');
    await store.close();
  });
});

describe('migration 6: who an issue sentence names', () => {
  it('a store ingested before gets the participants of the events told inside each issue sentence, without re-ingesting', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parley-migrate-')), 'old.db');
    await (await storeOf(DOCS, path)).close();
    // Back to the schema before migration 6: the column (and what later migrations add) did not exist.
    const old = new Database(path);
    old.exec('ALTER TABLE issue_hits DROP COLUMN entities; DROP TABLE snapshots');
    old.pragma('user_version = 5');
    old.close();
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    const hits = (db.prepare('SELECT report_id, start, end, entities FROM issue_hits').all() as { report_id: number; start: number; end: number; entities: string }[])
      .map((h) => ({ ...h, entities: JSON.parse(h.entities) as number[] }));
    const nameOf = (id: number) => (db.prepare('SELECT name FROM entities WHERE id = ?').get(id) as { name: string }).name;
    const text = (h: { report_id: number; start: number; end: number }) => (db.prepare('SELECT substr(text, ?, ?) AS t FROM reports WHERE id = ?').get(h.start + 1, h.end - h.start, h.report_id) as { t: string }).t;
    const demand = hits.find((h) => text(h).startsWith('Ukraine demanded firm security guarantees'))!;
    expect(demand.entities.map(nameOf)).toEqual(['Ukraine']);
    // A sentence no event is told in names nobody (read as before: about its report's process).
    expect(hits.find((h) => text(h).startsWith('Territory remains the main obstacle'))!.entities).toEqual([]);
    db.close();
  });
});

describe('migration 8: row counts kept at ingest', () => {
  it('a store from before gets the counts of its tables, and keeps them exact at the next ingest', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parley-migrate-')), 'old.db');
    await (await storeOf(DOCS.slice(0, 2), path)).close();
    const old = new Database(path);
    const triggers = old.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%counted'").pluck().all() as string[];
    for (const t of triggers) old.exec(`DROP TRIGGER ${t}`);
    old.exec('DROP TABLE row_counts');
    old.pragma('user_version = 7');
    old.close();
    const counted = (db: Database.Database) => ({
      reports: db.prepare('SELECT count(*) FROM reports').pluck().get(), mentions: db.prepare('SELECT count(*) FROM mentions').pluck().get(),
      links: db.prepare('SELECT count(*) FROM event_links').pluck().get(),
    });
    const store = await storeOf(DOCS.slice(2), path);
    const db = new Database(path, { readonly: true });
    expect(await store.counts()).toMatchObject(counted(db));
    expect((await store.counts()).reports).toBe(DOCS.length);
    db.close();
    await store.close();
  });
});

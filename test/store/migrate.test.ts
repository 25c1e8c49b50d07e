// A store made by an earlier version opens and gains the new columns; what it held stays.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/index.js';

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

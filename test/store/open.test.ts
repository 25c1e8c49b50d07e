// Query commands open the store read-only: a foreign or empty file is refused by name and left byte for byte as it
// was (no schema written, no WAL switch); a corrupt store is named, not an "internal error".
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openStore, StoreError } from '../../src/store/index.js';

const dir = () => mkdtempSync(join(tmpdir(), 'parley-open-'));
const run = runCli;

describe('opening a store', () => {
  it('a query on a foreign SQLite database refuses it by name and changes nothing', async () => {
    const db = join(dir(), 'other.db');
    const d = new Database(db);
    d.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'mine\')');
    d.close();
    const before = readFileSync(db);
    const r = await run(['events', '--db', db, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`parley: ${db} is not a Parley store (no reports, entities, events, mentions table); refusing to touch it\n`);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(existsSync(`${db}-wal`)).toBe(false);
    // Writing into it is refused too: a foreign database never gets Parley's schema.
    await expect(openStore(db)).rejects.toThrow(StoreError);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('a query on an empty file refuses it and leaves it empty', async () => {
    const db = join(dir(), 'empty.db');
    writeFileSync(db, '');
    const r = await run(['quotes', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^parley: ${db} is not a Parley store \\(an empty database`));
    expect(readFileSync(db).length).toBe(0);
  });

  it('a file that is not a database, and a corrupt store, are named', async () => {
    const junk = join(dir(), 'junk.db');
    writeFileSync(junk, 'this is not sqlite at all, just some words padded out '.repeat(100));
    const r = await run(['events', '--db', junk]);
    expect(r.err).toBe(`parley: ${junk} is not a Parley store (not an SQLite database)\n`);

    const broken = join(dir(), 'broken.db');
    const s = (await openStore(broken));
    await s.close();
    const d = new Database(broken);
    d.pragma('journal_mode = DELETE');
    d.close();
    const bytes = readFileSync(broken);
    bytes.fill(0x5a, 100, bytes.length);
    writeFileSync(broken, bytes);
    const c = await run(['events', '--db', broken]);
    expect(c.code).toBe(1);
    expect(c.err).toMatch(new RegExp(`^parley: ${broken} (is corrupt|is not a Parley store)`));
    expect(c.err).not.toMatch(/internal error/);
  });

  it('a read-only open of a real store reads it without writing', async () => {
    const db = join(dir(), 'p.db');
    await (await openStore(db)).close();
    const before = readFileSync(db);
    const s = (await openStore(db, { readOnly: true }));
    expect((await s.counts()).reports).toBe(0);
    await s.close();
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('a query on a store of an earlier version', () => {
  it('upgrades it once (it is a Parley store) and reads it', async () => {
    const { MIGRATIONS } = await import('../../src/store/migrations.js');
    const path = join(dir(), 'old.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]);
    old.pragma('user_version = 1');
    old.close();
    const r = await run(['events', '--db', path, '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
    const d = new Database(path, { readonly: true });
    expect(d.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    d.close();
  });
});

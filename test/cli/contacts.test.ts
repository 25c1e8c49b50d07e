// `parley contacts` computes the pairs once per store content: the run after reads the answer the first one saved
// (the store opened read-only, the answer kept through a writable connection), and prints the same.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/brief/index.js';
import { contacts } from '../../src/query/contacts.js';
import { answerKey, savedAnswer } from '../../src/query/saved.js';
import { openStore } from '../../src/store/index.js';
import { runCli as run } from '../helpers/cli.js';

describe('parley contacts', () => {
  it('saves what it computed, and the next run prints the same from the saved answer until an ingest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-contacts-'));
    const db = join(dir, 'p.db');
    const write = (name: string, text: string) => { writeFileSync(join(dir, name), JSON.stringify({ id: name, text, published: '2026-03-04' }) + '\n'); return join(dir, name); };
    const ingest = async (file: string) => expect((await run(['ingest', '--quiet', '--jsonl', file, '--db', db])).code).toBe(0);
    await ingest(write('a.jsonl', 'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara on Thursday.'));
    const first = await run(['contacts', '--format', 'json', '--db', db]);
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out).length).toBeGreaterThan(0);
    const key = answerKey('contacts', loadConfigFile());
    const store = await openStore(db, { readOnly: true });
    expect((await savedAnswer(store, key))?.current).toBe(true);
    await store.close();
    expect((await run(['contacts', '--format', 'json', '--db', db])).out).toBe(first.out);
    await ingest(write('b.jsonl', 'Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron in Paris on Friday.'));
    const after = await run(['contacts', '--format', 'json', '--db', db]);
    expect(JSON.parse(after.out).length).toBeGreaterThan(JSON.parse(first.out).length);
    const changed = await openStore(db, { readOnly: true });
    expect(JSON.parse(after.out)).toEqual(await contacts(changed));
    await changed.close();
  }, 60_000);
});

// The saved contacts answer is the computed one, byte for byte, and an ingest makes the next read compute again.
import { describe, expect, it } from 'vitest';
import { contacts } from '../../src/query/contacts.js';
import { savedContacts } from '../../src/query/saved-contacts.js';
import { answerKey, savedAnswer } from '../../src/query/saved.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/index.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCS, record, storeOf } from '../brief/fixtures.js';

const ingest = async (store: Awaited<ReturnType<typeof storeOf>>, docs: typeof DOCS) => {
  const reports = docs.map(record).map((r) => ({ id: r.doc.id, source: r.doc.source, text: r.text, published: r.doc.published, rec: r }));
  await ingestReports(store, reports, { extract: (r) => (r as unknown as { rec: ReturnType<typeof record> }).rec });
};

describe('saved contacts', () => {
  it('reads back exactly what computing gives, until an ingest; then computes the new answer', async () => {
    const store = await storeOf(DOCS.slice(0, 2));
    const computed = JSON.stringify(await contacts(store));
    expect(JSON.stringify(await savedContacts(store))).toBe(computed);
    expect((await savedAnswer(store, answerKey('contacts')))?.current).toBe(true);
    expect(JSON.stringify(await savedContacts(store))).toBe(computed);
    await ingest(store, DOCS.slice(2));
    const after = JSON.stringify(await contacts(store));
    expect(after).not.toBe(computed);
    expect(JSON.stringify(await savedContacts(store))).toBe(after);
    await store.close();
  });

  it('a store opened read-only keeps its answer through the writable connection given', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parley-contacts-')), 'p.db');
    await (await storeOf(DOCS, path)).close();
    const reader = await openStore(path, { readOnly: true });
    const saveElsewhere = async (key: string, value: unknown, generation: string) => {
      const { saveAnswer } = await import('../../src/query/saved.js');
      const writable = await openStore(path);
      try { await saveAnswer(writable, key, value, generation); } finally { await writable.close(); }
    };
    const first = JSON.stringify(await savedContacts(reader, undefined, saveElsewhere));
    expect((await savedAnswer(reader, answerKey('contacts')))?.current).toBe(true);
    expect(JSON.stringify(await savedContacts(reader))).toBe(first);
    expect(first).toBe(JSON.stringify(await contacts(reader)));
    await reader.close();
  });
});

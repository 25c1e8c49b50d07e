// The whole brief as Markdown, saved beside the brief: read back as written while the store is unchanged, written
// again after an ingest; a process's brief or a date range is rendered from the brief, as before.
import { describe, expect, it } from 'vitest';
import { brief, renderBrief } from '../../src/brief/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { saveAnswer, savedAnswer } from '../../src/query/saved.js';
import { markdownKey, savedBriefMarkdown } from '../../src/query/saved-brief.js';
import type { Store } from '../../src/store/index.js';
import { DOCS, record, storeOf } from '../brief/fixtures.js';

const ingest = async (store: Store, docs: typeof DOCS) => {
  const reports = docs.map(record).map((r) => ({ id: r.doc.id, source: r.doc.source, text: r.text, published: r.doc.published, rec: r }));
  await ingestReports(store, reports, { extract: (r) => (r as unknown as { rec: ReturnType<typeof record> }).rec });
};
const rendered = async (store: Store, opts = {}) => (await brief(store, opts)).map(renderBrief).join('\n');

describe('savedBriefMarkdown', () => {
  it('is the computed brief rendered, saved while the store is unchanged and then read back as saved', async () => {
    const store = await storeOf(DOCS);
    const md = await rendered(store);
    expect(md.length).toBeGreaterThan(0);
    expect(await savedBriefMarkdown(store)).toBe(md);
    expect(await savedAnswer(store, markdownKey())).toEqual({ value: md, current: true });
    // Read back, not rendered again: a saved text is what comes out.
    await saveAnswer(store, markdownKey(), 'kept text', await store.generation());
    expect(await savedBriefMarkdown(store)).toBe('kept text');
    await store.close();
  });

  it('is written again from the new brief after an ingest', async () => {
    const store = await storeOf(DOCS.slice(0, 2));
    const before = await savedBriefMarkdown(store);
    await ingest(store, DOCS.slice(2));
    const after = await savedBriefMarkdown(store);
    expect(after).toBe(await rendered(store));
    expect(after).not.toBe(before);
    await store.close();
  });

  it('renders one process, or a date range, from the brief, not from the saved whole', async () => {
    const store = await storeOf(DOCS);
    await saveAnswer(store, markdownKey(), 'the whole brief', await store.generation());
    const name = (await brief(store))[0].process.name;
    expect(await savedBriefMarkdown(store, { process: name })).toBe(await rendered(store, { process: name }));
    expect(await savedBriefMarkdown(store, { since: '2025-12-01' })).toBe(await rendered(store, { since: '2025-12-01' }));
    await store.close();
  });

  it('is empty for a store that shows no process', async () => {
    const store = await storeOf([]);
    expect(await savedBriefMarkdown(store)).toBe('');
    await store.close();
  });
});

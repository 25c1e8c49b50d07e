import { describe, expect, it } from 'vitest';
import { brief } from '../../src/brief/index.js';
import { answerKey, PACK_FROM, packBody, saveAnswer, savedAnswer, savedOrComputed, unpackBody } from '../../src/query/saved.js';
import { savedBrief } from '../../src/query/saved-brief.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { DOCS, record, storeOf } from '../brief/fixtures.js';

const ingest = async (store: Awaited<ReturnType<typeof storeOf>>, docs: typeof DOCS) => {
  const reports = docs.map(record).map((r) => ({ id: r.doc.id, source: r.doc.source, text: r.text, published: r.doc.published, rec: r }));
  await ingestReports(store, reports, { extract: (r) => (r as unknown as { rec: ReturnType<typeof record> }).rec });
};

describe('saved answers', () => {
  it('is current until the store changes, then stale', async () => {
    const store = await storeOf(DOCS.slice(0, 2));
    const key = answerKey('contacts');
    await saveAnswer(store, key, { n: 1 }, await store.generation());
    expect(await savedAnswer(store, key)).toEqual({ value: { n: 1 }, current: true });
    await ingest(store, DOCS.slice(2));
    expect(await savedAnswer(store, key)).toEqual({ value: { n: 1 }, current: false });
    await store.close();
  });

  it('ignores an answer of another shape (saved by an older Parley) and computes again', async () => {
    const store = await storeOf(DOCS);
    const key = answerKey('contacts');
    await store.saveSnapshot(key, '[{"old":true}]');
    expect(await savedAnswer(store, key)).toBeUndefined();
    let runs = 0;
    const compute = async () => { runs++; return ['new']; };
    expect(await savedOrComputed(store, key, compute)).toEqual(['new']);
    expect(await savedOrComputed(store, key, compute)).toEqual(['new']);
    expect(runs).toBe(1);
    await store.close();
  });

  it('a saved brief answers the whole brief and one process as computing them does', async () => {
    const store = await storeOf(DOCS);
    const whole = await brief(store);
    expect(await savedBrief(store)).toEqual(whole);
    expect((await savedAnswer(store, answerKey('brief')))?.current).toBe(true);
    expect(JSON.parse(JSON.stringify(await savedBrief(store)))).toEqual(JSON.parse(JSON.stringify(whole)));
    const name = whole[0].process.name;
    expect(JSON.parse(JSON.stringify(await savedBrief(store, { process: name })))).toEqual(JSON.parse(JSON.stringify(await brief(store, { process: name }))));
    await store.close();
  });

  it('keeps a long body gzipped and reads back the same text; a short one stays plain JSON', async () => {
    const json = JSON.stringify({ talks: Array.from({ length: 4000 }, (_, i) => ({ i, who: 'Zelenskyy – Erdoğan «talks»', at: `2025-03-${i % 28 + 1}` })) });
    expect(json.length).toBeGreaterThan(PACK_FROM);
    const packed = await packBody(json);
    expect(packed.startsWith('gz:')).toBe(true);
    expect(packed.length).toBeLessThan(json.length / 4);
    expect(await unpackBody(packed)).toBe(json);
    expect(await packBody('[1,2]')).toBe('[1,2]');
    expect(await unpackBody('[1,2]')).toBe('[1,2]');
  });

  it('a saved brief too long to keep plain (a big store\'s) reads back identical to the computed one', async () => {
    const store = await storeOf(DOCS);
    const whole = await brief(store);
    // The fixture's brief is short: copies of it make a body as long as a big store's, which is kept packed.
    const big = Array.from({ length: Math.ceil((2 * PACK_FROM) / JSON.stringify(whole).length) }, () => whole);
    const key = answerKey('brief', { test: 'packed' });
    await saveAnswer(store, key, big, await store.generation());
    expect((await store.snapshot(key))!.body.startsWith('gz:')).toBe(true);
    const back = await savedAnswer(store, key);
    expect(back?.current).toBe(true);
    expect(JSON.stringify(back!.value)).toBe(JSON.stringify(big));
    await store.close();
  });
});

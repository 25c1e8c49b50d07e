import { describe, expect, it } from 'vitest';
import { brief } from '../../src/brief/index.js';
import { answerKey, saveAnswer, savedAnswer, savedOrComputed } from '../../src/query/saved.js';
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
});

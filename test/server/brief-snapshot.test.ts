// The saved brief: a server that has not computed its first brief yet answers with the one saved in the store (a
// big store's brief takes half a minute), then with the new one, which it saves; a process's brief is its part of it.
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/index.js';
import { libraryBrief, type Compute } from '../../src/server/brief.js';

/** A compute whose answers the test releases (a computation asked for later gets the released answer at once). */
function held() {
  const waiting: { kind: string; resolve: (v: unknown) => void }[] = [];
  const released = new Map<string, unknown>();
  const compute: Compute = (kind) => new Promise((resolve) => {
    waiting.push({ kind, resolve });
    if (released.has(kind)) resolve(released.get(kind));
  });
  const release = (kind: string, v: unknown) => {
    released.set(kind, v);
    for (const w of waiting.filter((x) => x.kind === kind)) w.resolve(v);
  };
  return { compute, release, waiting, released };
}
const settle = () => new Promise((r) => setTimeout(r, 10));
/** A change of the store's content, as an ingest makes. */
const change = (store: Store, key: string) => store.transaction(async () => { await store.insertEntity({ key, kind: 'person', country: null, name: key, fold: key }); });
const brief = (name: string, id = name) => ({ process: { id, name, aliases: [] }, timeline: [] });

/** Saves `value` as the processes' answer the way a server does: by computing it once. */
async function saveProcesses(store: Store, value: unknown): Promise<void> {
  const h = held();
  const api = libraryBrief(undefined, { compute: h.compute });
  h.release('processes', value);
  await api.processes(store);
  await settle();
}

describe('the saved brief', () => {
  it('is served until this server has computed its own, which replaces it in the store', async () => {
    const store = await openStore(':memory:');
    await saveProcesses(store, [{ id: 'old' }]);
    await change(store, 'ingested-since');
    const h = held();
    const api = libraryBrief(undefined, { compute: h.compute });
    const before = api.generation!();
    expect(await api.processes(store)).toEqual([{ id: 'old' }]);
    expect(h.waiting).toHaveLength(1);
    h.release('processes', [{ id: 'new' }]);
    await settle();
    expect(await api.processes(store)).toEqual([{ id: 'new' }]);
    expect(api.generation!()).toBe(before + 1);
    // Saved for the next server, and not a change of the store's content.
    const version = await store.version();
    const next = held();
    const again = libraryBrief(undefined, { compute: next.compute });
    expect(await again.processes(store)).toEqual([{ id: 'new' }]);
    expect(await store.version()).toBe(version);
  });

  it('once computed, a changed store waits for the new answer instead of serving the saved one', async () => {
    const store = await openStore(':memory:');
    const h = held();
    const api = libraryBrief(undefined, { compute: h.compute });
    h.release('processes', [{ id: 'a' }]);
    expect(await api.processes(store)).toEqual([{ id: 'a' }]);
    await settle();
    await change(store, 'ingested');
    h.released.clear();
    let answered: unknown = null;
    const second = Promise.resolve(api.processes(store)).then((v) => { answered = v; });
    await settle();
    expect(answered).toBeNull();
    h.release('processes', [{ id: 'b' }]);
    await second;
    expect(answered).toEqual([{ id: 'b' }]);
  });

  it('a saved answer of the store as it is now is the answer: nothing is computed', async () => {
    const store = await openStore(':memory:');
    await saveProcesses(store, [{ id: 'saved' }]);
    const h = held();
    const api = libraryBrief(undefined, { compute: h.compute });
    expect(await api.processes(store)).toEqual([{ id: 'saved' }]);
    expect(h.waiting).toHaveLength(0);
  });

  it('an answer saved in another shape (an older Parley) is neither served nor kept: it is computed again', async () => {
    const store = await openStore(':memory:');
    await saveProcesses(store, [{ id: 'x' }]);
    const key = (await import('../../src/query/saved.js')).answerKey('processes');
    await store.saveSnapshot(key, JSON.stringify([{ id: 'old shape' }]));
    const h = held();
    const api = libraryBrief(undefined, { compute: h.compute });
    const answer = Promise.resolve(api.processes(store));
    await settle();
    expect(h.waiting).toHaveLength(1);
    h.release('processes', [{ id: 'recomputed' }]);
    expect(await answer).toEqual([{ id: 'recomputed' }]);
  });

  it('a process\'s brief is its part of the whole brief; an unknown process is a 404', async () => {
    const store = await openStore(':memory:');
    const h = held();
    const api = libraryBrief(undefined, { compute: h.compute });
    h.release('brief', [brief('Alpha talks', 'alpha'), brief('Beta talks', 'beta')]);
    expect(await api.brief(store, { process: 'Beta talks' })).toEqual([brief('Beta talks', 'beta')]);
    await expect(api.brief(store, { process: 'Gamma' })).rejects.toThrow(/no process "Gamma"/);
    expect(h.waiting.map((w) => w.kind)).toEqual(['brief']);
  });
});

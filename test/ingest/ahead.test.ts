// Extraction ahead of the writer (`ingest --jobs N`): records that finish out of order are still written in input
// order, so the store is the one a run with one extraction at a time leaves, id for id.
import { describe, expect, it } from 'vitest';
import { extractGenerated, generatedReports } from '../../bench/ingest-gen.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/index.js';
import type { Report } from '../../src/record.js';

const N = 120;
/** Every report, twice over (the second copy is known), with a failing one in the middle. */
function* reports(): Generator<Report> {
  yield* generatedReports(N);
  yield { id: 'broken', source: null, text: 'This one cannot be extracted.' };
  yield* generatedReports(N);
}
/** Finishes in a scrambled order: later reports often before earlier ones. */
const late = (r: Report) => new Promise<ReturnType<typeof extractGenerated>>((resolve, reject) => {
  const n = Number(/\d+$/.exec(r.id)?.[0] ?? 0);
  setTimeout(() => { try { resolve(extractGenerated(r)); } catch (e) { reject(e); } }, (n * 7) % 5);
});

describe('extraction ahead of the writer', () => {
  it('gives the same store, counts and summary as extracting one report at a time', async () => {
    const one = await openStore(':memory:');
    const many = await openStore(':memory:');
    try {
      const a = await ingestReports(one, reports(), { extract: extractGenerated, batchSize: 50, geocode: null });
      const b = await ingestReports(many, reports(), { extract: late, extractAhead: 8, batchSize: 50, geocode: null });
      expect(b).toEqual(a);
      expect(a).toMatchObject({ added: N, known: N, failed: 1 });
      expect(b.failures[0].reason).toMatch(/^extraction failed: not a generated report/);
      expect(await many.counts()).toEqual(await one.counts());
      const events = async (s: typeof one) => { const out: unknown[] = []; for await (const e of s.events({})) out.push([e.id, e.actor, e.date, e.source_count, e.mention_count]); return out; };
      expect(await events(many)).toEqual(await events(one));
    } finally { await one.close(); await many.close(); }
  });

  it('extracts a text given twice in one run once', async () => {
    const store = await openStore(':memory:');
    const asked: string[] = [];
    const [r] = [...generatedReports(1)];
    const sum = await ingestReports(store, [r, { ...r, id: 'again' }], {
      extract: async (x) => { asked.push(x.id); return extractGenerated(r); }, extractAhead: 4, geocode: null,
    });
    expect(asked).toEqual([r.id]);
    expect(sum).toMatchObject({ added: 1, known: 1 });
    await store.close();
  });

  it('goes on extracting while a full batch is written, and stores every batch', async () => {
    const store = await openStore(':memory:');
    const asked: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    let writes = 0;
    // The first batch's commit is held back until a report after it has been extracted.
    const slow = Object.create(store, { transaction: { value: async <T>(fn: () => Promise<T>) => { if (writes++ === 0) await gate; return store.transaction(fn); } } }) as typeof store;
    const sum = await ingestReports(slow, generatedReports(6), {
      extract: (x) => { asked.push(x.id); if (asked.length === 4) release(); return extractGenerated(x); }, batchSize: 2, batchMs: Infinity, geocode: null,
    });
    expect(asked).toHaveLength(6);
    expect(sum).toMatchObject({ added: 6, failed: 0 });
    expect((await store.counts()).reports).toBe(6);
    await store.close();
  });

  it('goes on extracting while a batch that aged with extractions under way is written', async () => {
    const store = await openStore(':memory:');
    const asked: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    let writes = 0;
    let clock = 0;
    // The first commit waits for the eighth extraction: a loop that stopped to write the aged batch would never get there.
    const slow = Object.create(store, { transaction: { value: async <T>(fn: () => Promise<T>) => { if (writes++ === 0) await gate; return store.transaction(fn); } } }) as typeof store;
    const sum = await ingestReports(slow, generatedReports(10), {
      extract: async (x) => { asked.push(x.id); clock += 400; if (asked.length === 8) release(); return extractGenerated(x); },
      extractAhead: 3, batchSize: 200, batchMs: 1000, now: () => clock, geocode: null,
    });
    expect(asked).toHaveLength(10);
    expect(sum).toMatchObject({ added: 10, failed: 0 });
    expect((await store.counts()).reports).toBe(10);
    expect(writes).toBeGreaterThan(1);
    await store.close();
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openStore } from '../../src/store/index.js';
import { ingestReports } from '../../src/ingest/ingest.js';
import { disputes } from '../../src/query/disputes.js';
import { claimDisputes, claimTopic, valuesDiffer } from '../../src/merge/disputes.js';
import { asReports, extractFixture, PEOPLE, record, type DocSpec } from '../ingest/fixtures.js';

const { trump, zel, putin } = PEOPLE;
async function load(docs: DocSpec[]) {
  const store = (await openStore(':memory:'));
  await ingestReports(store, asReports(docs.map(record)), { extract: extractFixture });
  return store;
}
const talks = (id: string, published: string, value: number, speaker: 't' | 'z', text: string): DocSpec => ({
  id, published, entities: { t: trump, z: zel, p: putin },
  claims: [{ kind: 'agreement-percent', value, speaker, about: 'peace framework', text }],
});

describe('disputes', () => {
  it('finds two speakers giving different agreement figures the same days, with each side', async () => {
    const store = await load([
      talks('a', '2025-12-29', 95, 't', 'We are about 95 percent there, Trump said.'),
      talks('b', '2025-12-29', 90, 'z', 'Zelenskyy put it at 90 percent.'),
    ]);
    const d = (await disputes(store));
    expect(d).toHaveLength(1);
    expect(d[0].kind).toBe('agreement-percent');
    expect(d[0].values.map((v) => [v.value, v.speaker, v.outlet, v.evidence])).toEqual([
      [95, 'Donald Trump', 'a.example', 'We are about 95 percent there, Trump said.'],
      [90, 'Volodymyr Zelenskyy', 'b.example', 'Zelenskyy put it at 90 percent.'],
    ]);
  });

  it('treats the same figure, or figures weeks apart, as no dispute', async () => {
    const store = await load([
      talks('a', '2025-11-01', 95, 't', 'Ninety-five percent done, said one.'),
      talks('b', '2025-11-02', 95, 'z', 'Ninety-five percent done, said another.'),
      talks('c', '2025-12-20', 80, 'z', 'Now only 80 percent.'),
    ]);
    expect((await disputes(store))).toEqual([]);
  });

  it('sees a plan shrinking over weeks as versions, but two sizes on one day as a dispute', async () => {
    const plan = (id: string, published: string, value: number): DocSpec => ({
      id, published, entities: { t: trump, z: zel, p: putin },
      claims: [{ kind: 'plan-points', value, about: 'peace plan', text: `The plan has ${value} points.` }],
    });
    expect((await disputes(await load([plan('a', '2025-11-01', 28), plan('b', '2025-12-01', 20)])))).toEqual([]);
    const d = (await disputes(await load([plan('a', '2025-12-01', 20), plan('b', '2025-12-01', 21)])));
    expect(d.map((x) => x.values.map((v) => v.value))).toEqual([[20, 21]]);
  });

  it('links durations to the merged event and allows for approximate lengths', async () => {
    const meet = (id: string, value: number, approx: boolean, extra = ''): DocSpec => ({
      id, published: '2025-08-16', entities: { t: trump, p: putin },
      events: [{ actor: ['t', 'p'], date: '2025-08-15', where: 'Anchorage', text: `The leaders met ${extra}.` }],
      claims: [{ kind: 'duration-minutes', value, approx, about: 'v1', text: `It lasted ${value} minutes.` }],
    });
    expect((await disputes(await load([meet('a', 180, true), meet('b', 165, true)])))).toEqual([]);
    const d = (await disputes(await load([meet('a', 180, false), meet('b', 60, false)])));
    expect(d).toHaveLength(1);
    expect(d[0].subject).toContain('Donald Trump');
    expect(d[0].values.map((v) => v.value)).toEqual([180, 60]);
  });

  it('reports an event whose reports give different places', async () => {
    const meet = (id: string, where: string): DocSpec => ({
      id, published: '2025-08-16', entities: { t: trump, p: putin },
      events: [{ actor: ['t', 'p'], date: '2025-08-15', where, text: `They met in ${where}.` }],
    });
    expect((await disputes(await load([meet('a', 'Anchorage'), meet('b', 'Anchorage, Alaska')])))).toEqual([]);
    // One outlet against one is too often a city against its region: not yet a dispute.
    expect((await disputes(await load([meet('a', 'Anchorage'), meet('b', 'Helsinki')])))).toEqual([]);
    const d = (await disputes(await load([meet('a', 'Anchorage'), meet('b', 'Helsinki'), meet('c', 'Anchorage'), meet('d', 'Helsinki')])));
    expect(d.map((x) => [x.kind, x.values.map((v) => v.value)])).toEqual([['event-place', ['Anchorage', 'Helsinki', 'Anchorage', 'Helsinki']]]);
  });

  it('takes places inside one another for one place: as a report names them, or as the gazetteer has them', async () => {
    const meet = (id: string, where: string, text = `They met in ${where}.`): DocSpec => ({
      id, published: '2025-12-29', entities: { t: trump, z: zel },
      events: [{ actor: ['t', 'z'], date: '2025-12-28', where, text }],
    });
    const estate = 'They met at the Seabreeze Lodge resort in Palm Beach.';
    const nested = [meet('a', 'Seabreeze Lodge', estate), meet('b', 'Seabreeze Lodge'), meet('c', 'Palm Beach'), meet('d', 'Palm Beach'),
      meet('e', 'Florida'), meet('f', 'Florida')];
    expect(await disputes(await load(nested))).toEqual([]);
    // Without a report saying where the lodge is, it may be anywhere: a dispute.
    const apart = [meet('a', 'Seabreeze Lodge'), meet('b', 'Seabreeze Lodge'), meet('c', 'Palm Beach'), meet('d', 'Palm Beach')];
    expect((await disputes(await load(apart))).map((x) => x.kind)).toEqual(['event-place']);
    // Names alone: a gazetteer-less run still nests what the reports say.
    expect((await disputes(await load(nested.slice(0, 4)), undefined, () => null))).toEqual([]);
  });

  it('does not set a report against itself (one report telling of a change)', async () => {
    const doc: DocSpec = { id: 'a', published: '2025-11-26', entities: { t: trump, z: zel, p: putin }, claims: [
      { kind: 'plan-points', value: 28, text: 'The 28-point plan' }, { kind: 'plan-points', value: 19, text: 'was cut to 19 points.' }] };
    expect((await disputes(await load([doc])))).toEqual([]);
    const other: DocSpec = { ...doc, id: 'b', claims: [{ kind: 'plan-points', value: 28, text: 'A 28-point plan.' }] };
    expect((await disputes(await load([doc, other])))).toEqual([]);
  });

  it('valuesDiffer is symmetric and never true for equal values', async () => {
    const v = fc.record({ value: fc.integer({ min: 1, max: 500 }), approx: fc.boolean() });
    fc.assert(fc.property(v, v, (a, b) => {
      expect(valuesDiffer('duration-minutes', a, b)).toBe(valuesDiffer('duration-minutes', b, a));
      expect(valuesDiffer('duration-minutes', a, { ...a })).toBe(false);
    }));
  });
});

describe('disputes compare like with like', () => {
  const span = (text: string, figure: string): [number, number] => { const i = text.indexOf(figure); return [i, i + figure.length]; };
  it('reads the subject of a figure from the nearest cue, cues before the figure first', async () => {
    const s = 'He said the draft framework was 85% settled while security guarantees stood at 100% agreed.';
    expect(claimTopic('agreement-percent', s, ...span(s, '85%'))).toBeNull();
    expect(claimTopic('agreement-percent', s, ...span(s, '100%'))).toBe('security guarantees');
    const d = 'Their joint appearance before reporters lasted 20 minutes after four hours of closed-door talks.';
    expect(claimTopic('duration-minutes', d, ...span(d, '20 minutes'))).toBe('press appearance');
    expect(claimTopic('duration-minutes', d, ...span(d, 'four hours'))).toBeNull();
    // A cue in another sentence does not count.
    const t = 'The press conference was short. The summit ran 3 hours.';
    expect(claimTopic('duration-minutes', t, ...span(t, '3 hours'))).toBeNull();
    expect(claimTopic('plan-points', t, 0, 3)).toBeNull();
  });

  it('keeps figures about different subjects apart, and rivals on one subject together', async () => {
    const base = { kind: 'agreement-percent', approx: false, about: null, date: '2025-12-29', parties: new Set([1, 2]) };
    const side = (value: number, report: string) => ({ value, speaker: null, outlet: report, report, evidence: `${value}%` });
    const ds = claimDisputes([
      { ...base, value: 90, topic: null, side: side(90, 'r1') },
      { ...base, value: 100, topic: 'security guarantees', side: side(100, 'r2') },
      { ...base, value: 95, topic: null, side: side(95, 'r3') },
    ], () => 'x');
    expect(ds.map((d) => d.values.map((v) => v.value))).toEqual([[90, 95]]);
    const alone = claimDisputes([
      { ...base, value: 90, topic: null, side: side(90, 'r1') },
      { ...base, value: 100, topic: 'security guarantees', side: side(100, 'r2') },
    ], () => 'x');
    expect(alone).toEqual([]);
  });
});

// Issue status rules, one per test, on hand-written reports about an invented round of talks between real states.
import { describe, expect, it } from 'vitest';
import { brief, listProcesses, parseConfig } from '../../src/brief/index.js';
import { BriefContext } from '../../src/brief/context.js';
import { issueLines } from '../../src/brief/issue-status.js';
import { defaultBriefRules } from '../../src/brief/rules.js';
import { ProcessScope } from '../../src/brief/scope.js';
import { findIssueHits } from '../../src/brief/issue-hits.js';
import { storeOf, type Doc, type Ent } from './fixtures.js';

const ENT: Record<string, Ent> = {
  arm: ['Armenia', 'state', 'ARM'], aze: ['Azerbaijan', 'state', 'AZE'], usa: ['United States', 'state', 'USA'],
  irn: ['Iran', 'state', 'IRN'], kaz: ['Kazakhstan', 'state', 'KAZ'],
};
const config = parseConfig('processes:\n  - parties: [Armenia, Azerbaijan]\n    mediators: [United States]\n');
const doc = (id: string, published: string, items: Doc['items']): Doc => ({ id, published, entities: ENT, items });
const ceasefireOf = async (docs: Doc[]) => {
  const b = (await brief(await storeOf(docs), { config, process: 'Armenia–Azerbaijan' }))[0];
  return b.plan.issues.find((i) => i.issue === 'ceasefire');
};
const clash = { say: 'Iranian and Azerbaijani border guards exchanged fire near the river.', event: { event: 'ASSAULT' as const, actor: ['irn'], recipient: ['aze'], date: '2025-04-01' } };

describe('an issue sentence counts for the process its parties are in', () => {
  it("a truce between one party and a state it fights is not the process's ceasefire", async () => {
    const c = await ceasefireOf([
      doc('p1', '2025-04-02', [clash, { say: 'Azerbaijan and Iran agreed to a truce on their southern border.' }]),
      doc('p2', '2025-03-20', [{ say: 'Armenia and Azerbaijan still disagree on the ceasefire line.' }]),
    ]);
    expect(c?.status).toBe('contested');
    expect(c?.evidence.quote).toBe('Armenia and Azerbaijan still disagree on the ceasefire line.');
  });

  it('a third state that only proposes or comments keeps the sentence in the process', async () => {
    const c = await ceasefireOf([
      doc('p1', '2025-04-02', [clash, { say: 'Kazakhstan proposed a truce, which Azerbaijan rejected on Monday.' }]),
      doc('p2', '2025-03-20', [{ say: 'Armenia and Azerbaijan agreed to a ceasefire in March.' }]),
    ]);
    expect(c?.status).toBe('contested');
  });

  it('issue rows record the entities their sentence names', () => {
    const text = 'Armenia and Iran discussed the ceasefire.';
    const entities = [
      { id: 'a', name: 'Armenia', kind: 'state' as const, country: 'ARM', office: null, mentions: [[0, 7]] as [number, number][], rule: 't' },
      { id: 'i', name: 'Iran', kind: 'state' as const, country: 'IRN', office: null, mentions: [[12, 16]] as [number, number][], rule: 't' },
    ];
    const hits = findIssueHits(1, text, '2025-01-01', undefined, { entities, ids: new Map([['a', 7], ['i', 3]]) });
    expect(hits.map((h) => h.entities)).toEqual([[3, 7]]);
  });
});

describe('a status cue settles the issue of its own clause', () => {
  it('an agreement signed in another clause ("after X signed a deal") does not settle the ceasefire', () => {
    const hits = findIssueHits(1, 'Armenia wants to negotiate its own ceasefire after Azerbaijan signed a trade deal with Kazakhstan.', '2025-01-01');
    expect(hits.filter((h) => h.issue === 'ceasefire').map((h) => h.status)).toEqual([null]);
  });

  it('an agreement cue with an object of its own agrees to that object, not to the issue named before it', () => {
    const hits = findIssueHits(1, 'Mediators kept pressing for a truce, as both delegations agreed to an agenda for the next round.', '2025-01-01');
    expect(hits.filter((h) => h.issue === 'ceasefire').map((h) => h.status)).not.toContain('agreed');
    const plain = findIssueHits(1, 'The truce that both capitals agreed to on Sunday took effect.', '2025-01-01');
    expect(plain.filter((h) => h.issue === 'ceasefire').map((h) => h.status)).toEqual(['agreed']);
  });
});

describe('the newest day decides; on that day', () => {
  it("the parties' own agreement beats a third party's hope told the same day", async () => {
    const c = await ceasefireOf([
      doc('d1', '2025-06-10', [{ say: 'Kazakhstan said a ceasefire was still being negotiated.' }]),
      doc('d2', '2025-06-10', [{ say: 'Armenia and Azerbaijan agreed to a ceasefire starting at midnight.' }]),
    ]);
    expect(c?.status).toBe('agreed');
    expect(c?.cues[0].evidence.quote).toBe('Armenia and Azerbaijan agreed to a ceasefire starting at midnight.');
  });

  it('a dispute told the same day still outweighs the agreement', async () => {
    const c = await ceasefireOf([
      doc('d1', '2025-06-10', [{ say: 'Armenia rejected the ceasefire terms within hours.' }]),
      doc('d2', '2025-06-10', [{ say: 'Armenia and Azerbaijan agreed to a ceasefire starting at midnight.' }]),
    ]);
    expect(c?.status).toBe('contested');
  });

  it("a third party's word of agreement does not beat a same-day open cue", async () => {
    const c = await ceasefireOf([
      doc('d1', '2025-06-10', [{ say: 'Azerbaijan said a ceasefire was still being negotiated.' }]),
      doc('d2', '2025-06-10', [{ say: 'Kazakhstan told Armenia that a ceasefire was agreed overnight.' }]),
    ]);
    expect(c?.status).toBe('open');
    expect(c?.cues.map((x) => x.status)).toEqual(['open', 'agreed']);
  });
});

describe('every issue line carries its evidence', () => {
  it('an issue no sentence gives a status for shows the newest sentence naming it', async () => {
    const b = (await brief(await storeOf([
      doc('e1', '2025-02-01', [{ say: 'Armenia raised the fate of prisoners held since the war.' }]),
      doc('e2', '2025-02-05', [{ say: 'Azerbaijan said prisoners would be discussed in a later round.' }]),
    ]), { config, process: 'Armenia–Azerbaijan' }))[0];
    const p = b.plan.issues.find((i) => i.issue === 'prisoners')!;
    expect([p.status, p.cues.length, p.evidence.outlet, p.evidence.date, p.evidence.quote])
      .toEqual(['open', 0, 'e2.example', '2025-02-05', 'Azerbaijan said prisoners would be discussed in a later round.']);
  });
});

describe('reading the status sentences', () => {
  it('"an agreed upon line" names a line by an agreement: no agreement cue; "agreed upon the line" is one', () => {
    const agreed = defaultBriefRules().cues.find((c) => c.id === 'agreed')!;
    const hits = (text: string) => new RegExp(agreed.pattern.source, agreed.pattern.flags).test(text);
    expect(hits('the withdrawal of Armenian troops to an "agreed upon line" near the border')).toBe(false);
    expect(hits('a pullback to the agreed-upon line')).toBe(false);
    expect(hits('both sides agreed upon the line of the pullback')).toBe(true);
  });

  it('an issue its newest few status sentences do not settle is read in full, to the same lines', async () => {
    const store = await storeOf([
      doc('r1', '2025-05-01', [{ say: 'Armenia and Azerbaijan agreed to a ceasefire along the border.' }]),
      doc('r2', '2025-05-03', [{ say: 'Armenia said the ceasefire line was disputed.' }, { say: 'Azerbaijan rejected the ceasefire map.' }]),
      doc('r3', '2025-05-03', [{ say: 'Territory remains the main obstacle.' }]),
    ]);
    const ctx = await BriefContext.load(store);
    const all = await listProcesses(store, { config }, ctx);
    const scope = new ProcessScope(ctx, all.find((p) => p.name === 'Armenia–Azerbaijan')!, all, defaultBriefRules());
    const full = await issueLines(scope, null);
    expect(full.find((l) => l.issue === 'ceasefire')?.cues.length).toBe(3);
    expect(await issueLines(scope, null, 1)).toEqual(full);
  });
});

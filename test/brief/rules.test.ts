// One rule per test, on hand-written reports about an invented round of talks between real states.
import { describe, expect, it } from 'vitest';
import { brief, parseConfig } from '../../src/brief/index.js';
import { defaultBriefRules, leaderNames } from '../../src/brief/rules.js';
import { findIssueHits } from '../../src/brief/issue-hits.js';
import { disputes } from '../../src/query/disputes.js';
import { contacts } from '../../src/query/contacts.js';
import { storeOf, type Doc, type Ent } from './fixtures.js';

const ENT: Record<string, Ent> = {
  arm: ['Armenia', 'state', 'ARM'], aze: ['Azerbaijan', 'state', 'AZE'], usa: ['United States', 'state', 'USA'],
  kaz: ['Kazakhstan', 'state', 'KAZ'],
  pash: ['Nikol Pashinyan', 'person', 'ARM'], aliyev: ['Ilham Aliyev', 'person', 'AZE'], aide: ['Hikmet Hajiyev', 'person', 'AZE'],
  mirz: ['Ararat Mirzoyan', 'person', 'ARM'], envoy: ['Amos Hochstein', 'person', 'USA'], rubio: ['Marco Rubio', 'person', 'USA'],
};
const rules = { ...defaultBriefRules(), leaders: leaderNames([{ name: 'Nikol Pashinyan', office: 'Prime Minister' }, { name: 'Ilham Aliyev', office: 'President' }], ['President', 'Prime Minister']) };
const config = parseConfig('processes:\n  - parties: [Armenia, Azerbaijan]\n    mediators: [United States]\n');
const doc = (id: string, published: string, items: Doc['items']): Doc => ({ id, published, entities: ENT, items });
const briefOf = async (docs: Doc[], since?: string) => (await brief(await storeOf(docs), { rules, config, since, process: 'Armenia–Azerbaijan' }))[0];

describe('issue status has a polarity', () => {
  it('a rejected truce is not an agreed ceasefire, and the newest evidence decides with its sentence', async () => {
    const b = await briefOf([
      doc('a1', '2025-03-01', [{ say: 'Armenia and Azerbaijan agreed to a ceasefire along the border.' }]),
      doc('a2', '2025-03-09', [{ say: 'A new truce offered by Kazakhstan in March, rejected by Azerbaijan, never took hold.' }]),
    ]);
    const ceasefire = b.plan.issues.find((i) => i.issue === 'ceasefire')!;
    expect(ceasefire.status).toBe('contested');
    expect(ceasefire.cues[0].evidence.quote).toBe('A new truce offered by Kazakhstan in March, rejected by Azerbaijan, never took hold.');
  });

  it('an agreement cue in a clause that proposes or hopes is open, not agreed', async () => {
    const hits = findIssueHits(1, 'Kazakhstan proposed that both sides could agree to a ceasefire by June.', '2025-01-01');
    expect(hits.map((h) => [h.issue, h.status, h.polarity])).not.toContainEqual(['ceasefire', 'agreed', null]);
    const held = findIssueHits(1, 'The ceasefire took effect at midnight on Sunday.', '2025-01-01');
    expect(held.map((h) => [h.issue, h.status])).toEqual([['ceasefire', 'agreed']]);
  });
});

describe('contacts', () => {
  const docs = [
    doc('c1', '2025-05-02', [
      { say: 'Aliyev met his aide Hajiyev in Baku on Thursday.', event: { mode: 'meet', actor: ['aliyev', 'aide'], date: '2025-05-01' } },
      { say: 'Hochstein and Rubio discussed the file in Washington.', event: { mode: 'meet', actor: ['envoy', 'rubio'], date: '2025-05-01' } },
      { say: 'Baku called Pashinyan a danger to the region.', event: { mode: 'phone', actor: ['aze'], recipient: ['pash'], date: '2025-05-01' } },
      { say: 'Pashinyan and Aliyev met in Abu Dhabi on Friday.', event: { mode: 'meet', actor: ['pash', 'aliyev'], date: '2025-05-02' } },
      { say: 'Kazakhstan floated a summit of Pashinyan and Aliyev in Astana.', event: { mode: 'meet', actor: ['pash', 'kaz'], recipient: ['aliyev'], date: '2025-05-03' } },
    ]),
  ];

  it('an aide is not a counterpart, two envoys of one side are no contact, a state "calling" someone is no call', async () => {
    const b = await briefOf(docs);
    expect(b.contacts.people.map((c) => [c.a, c.b])).toEqual([['Ilham Aliyev', 'Nikol Pashinyan']]);
    expect(b.contacts.matrix.map((c) => [c.a, c.b, c.count, c.modes])).toEqual([['Armenia', 'Azerbaijan', 1, { meet: 1 }]]);
    expect(b.status.lastLeaderContact?.date).toBe('2025-05-02');
  });

  it('parley contacts applies the same rules: no aide, no same-side envoys, no state "call"', async () => {
    const rows = (await contacts(await storeOf(docs))).filter((c) => c.events.length);
    expect(rows.map((c) => [c.a, c.b])).toEqual([['Ilham Aliyev', 'Nikol Pashinyan']]);
  });

  it('a summit only floated is not a contact', async () => {
    const b = await briefOf(docs);
    expect(b.contacts.people.some((c) => c.last === '2025-05-03')).toBe(false);
  });

  it('a planned meeting that took place is linked to it and leaves "not happened"', async () => {
    const b = await briefOf([
      doc('p1', '2025-06-01', [{ say: 'Pashinyan will meet Aliyev in Washington on June 5.', event: { mode: 'meet', actor: ['pash'], recipient: ['aliyev'], date: '2025-06-05', modality: 'future' } }]),
      doc('p2', '2025-06-06', [{ say: 'Pashinyan met Aliyev in Washington on Thursday.', event: { mode: 'meet', actor: ['pash'], recipient: ['aliyev'], date: '2025-06-05' } }]),
    ]);
    expect(b.contacts.notHappened).toEqual([]);
    expect(b.contacts.happened.map((h) => [h.date, h.happenedOn])).toEqual([['2025-06-05', '2025-06-05']]);
  });

  it('next scheduled lists dated future contacts on or after the "as of" day', async () => {
    const b = await briefOf([
      doc('n1', '2025-07-01', [
        { say: 'Mirzoyan met Hochstein in Yerevan on Monday.', event: { mode: 'meet', actor: ['mirz', 'envoy'], date: '2025-06-30' } },
        { say: 'Pashinyan and Aliyev are due to meet in Astana on July 20.', event: { mode: 'meet', actor: ['pash', 'aliyev'], date: '2025-07-20', modality: 'future' } },
      ]),
    ]);
    expect(b.nextScheduled.map((n) => [n.date, n.who])).toEqual([['2025-07-20', ['Nikol Pashinyan', 'Ilham Aliyev']]]);
  });
});

describe('claims say what they are about', () => {
  it('the plan\'s own figure comes before one about security guarantees', async () => {
    const b = await briefOf([
      doc('k1', '2025-08-01', [
        { say: 'Security guarantees are 100% agreed, Pashinyan said.', claim: { kind: 'agreement-percent', value: 100, speaker: 'pash', words: '100%' } },
        { say: 'The peace plan is 80% agreed, Pashinyan said.', claim: { kind: 'agreement-percent', value: 80, speaker: 'pash', words: '80%' } },
      ]),
    ]);
    expect(b.status.agreementClaims.map((c) => [c.percent, c.about])).toEqual([[80, 'plan'], [100, 'security guarantees']]);
  });

  it('a duration dispute needs values that truly differ about the same meeting', async () => {
    const store = await storeOf([
      doc('d1', '2025-09-02', [{ say: 'The leaders talked for more than three hours.', claim: { kind: 'duration-minutes', value: 180, words: 'three hours' } }]),
      doc('d2', '2025-09-02', [{ say: 'The leaders talked for four hours.', claim: { kind: 'duration-minutes', value: 240, words: 'four hours' } }]),
    ]);
    expect((await disputes(store)).filter((d) => d.kind === 'duration-minutes')).toEqual([]);
    const apart = await storeOf([
      doc('d3', '2025-09-02', [{ say: 'The leaders talked for two hours.', claim: { kind: 'duration-minutes', value: 120, words: 'two hours' } }]),
      doc('d4', '2025-09-02', [{ say: 'The leaders talked for five hours.', claim: { kind: 'duration-minutes', value: 300, words: 'five hours' } }]),
    ]);
    expect((await disputes(apart)).filter((d) => d.kind === 'duration-minutes').map((d) => d.values.map((v) => v.value))).toEqual([[120, 300]]);
  });
});

describe('--since', () => {
  it('excludes undated events from every section', async () => {
    const b = await briefOf([
      doc('s1', '2025-10-02', [
        { say: 'Pashinyan met Aliyev at some point.', event: { mode: 'meet', actor: ['pash', 'aliyev'] } },
        { say: 'Pashinyan met Aliyev in Abu Dhabi on October 1.', event: { mode: 'meet', actor: ['pash', 'aliyev'], date: '2025-10-01' } },
      ]),
    ], '2025-09-01');
    expect(b.timeline.every((e) => e.date !== null)).toBe(true);
    expect(b.contacts.people.map((c) => c.count)).toEqual([1]);
  });
});

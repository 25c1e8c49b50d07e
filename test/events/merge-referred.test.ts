// A meeting named only to time another act ("hours after the session, the envoy briefed ..."): it is the meeting the
// report tells elsewhere when there is one it can be, and a meeting held when nothing else tells it. Sentences are our own.
import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../src/context.js';
import type { Entity } from '../../src/record.js';
import type { Candidate } from '../../src/events/find.js';
import { mergeCandidates } from '../../src/events/merge.js';
import { pastAnchor } from '../../src/events/merge-referred.js';
import { extractReport, loadLexicon } from '../../src/index.js';
import { textDeps } from '../helpers/words.js';

const entity = (id: string, kind: Entity['kind'], country: string): Entity => ({ id, name: id, kind, country, office: null, mentions: [], rule: 'test' });
const ENTITIES = [entity('Colombia', 'state', 'COL'), entity('Leyva', 'person', 'COL'), entity('Venezuela', 'state', 'VEN'), entity('Brazil', 'state', 'BRA')];
const index: EntityIndex = {
  entities: ENTITIES, mentions: [], byId: (id) => ENTITIES.find((e) => e.id === id),
  mentionsIn: () => [], mentionAt: () => undefined, lastPersonBefore: () => undefined,
};

/** A report built from sentences: each candidate points at its own sentence and at its trigger word in it. */
function report(lines: Array<[string, string]>): { text: string; at: (i: number) => Partial<Candidate> } {
  let text = '';
  const spots = lines.map(([sentence, trigger]) => {
    const start = text.length;
    text += sentence + ' ';
    const t = start + sentence.indexOf(trigger);
    return { span: [t, t + trigger.length] as [number, number], sentence: [start, start + sentence.length] as [number, number] };
  });
  return { text, at: (i) => spots[i] };
}

const day = (value: string) => ({ value, granularity: 'day' as const, type: 'exact' as const, text: value, inferred: false });

function meeting(actor: string[], extra: Partial<Candidate> = {}): Candidate {
  return {
    id: '', event: 'CONSULT', mode: null, actor, recipient: [], date: null, where: null, modality: 'asserted', reported_by: null,
    hedged: false, context: [], span: [0, 1], sentence: [0, 1], rule: 'consult.meet.noun', inferred: [], explicitModality: false, ...extra,
  };
}

describe('meetings named to time another act', () => {
  const r = report([
    ['Delegates from Venezuela held talks with the mediators in Panama on Monday.', 'talks'],
    ['Hours after the session, the Colombian envoy Leyva briefed the cabinet in Bogota.', 'session'],
    ['Brazil and Venezuela held talks in Brasilia on Friday.', 'talks'],
  ]);

  it('reads "after the", "following their", "since his" before a meeting noun as a time anchor, "before the" not', () => {
    expect(pastAnchor(meeting(['Leyva'], r.at(1)), textDeps(index, r.text).words)).toBe(true);
    expect(pastAnchor(meeting(['Venezuela'], r.at(0)), textDeps(index, r.text).words)).toBe(false);
    const before = report([['Leyva spoke to reporters before the session began.', 'session']]);
    expect(pastAnchor(meeting(['Leyva'], before.at(0)), textDeps(index, before.text).words)).toBe(false);
  });
  it('reads up to three words between the determiner and the noun, a hyphenated or possessed word being one', () => {
    const far = report([['Following their first long-awaited direct meeting, Leyva flew home.', 'meeting']]);
    expect(pastAnchor(meeting(['Leyva'], far.at(0)), textDeps(index, far.text).words)).toBe(true);
    const possessed = report([['After the president’s talks in Caracas, Leyva flew home.', 'talks']]);
    expect(pastAnchor(meeting(['Leyva'], possessed.at(0)), textDeps(index, possessed.text).words)).toBe(true);
    const tooFar = report([['Since the first two rounds of direct talks, Leyva has met no one.', 'talks']]);
    expect(pastAnchor(meeting(['Leyva'], tooFar.at(0)), textDeps(index, tooFar.text).words)).toBe(false);
  });
  it('joins the anchor to the one meeting it can retell, though each mention names another side', () => {
    const merged = mergeCandidates([meeting(['Venezuela'], r.at(0)), meeting(['Leyva'], r.at(1))], textDeps(index, r.text));
    expect(merged).toHaveLength(1);
    expect(new Set([...merged[0].actor, ...merged[0].recipient])).toEqual(new Set(['Venezuela', 'Leyva']));
  });
  it('keeps the anchor its own when no meeting, or more than one, could be the one it refers to', () => {
    expect(mergeCandidates([meeting(['Leyva'], r.at(1))], textDeps(index, r.text))).toHaveLength(1);
    const two = [meeting(['Venezuela'], { ...r.at(0), date: day('2026-03-09') }), meeting(['Leyva'], r.at(1)),
      meeting(['Brazil', 'Venezuela'], { ...r.at(2), date: day('2026-03-13') })];
    expect(mergeCandidates(two, textDeps(index, r.text))).toHaveLength(3);
  });
  it('keeps the anchor apart from a meeting that did not happen or was a call', () => {
    expect(mergeCandidates([meeting(['Venezuela'], { ...r.at(0), modality: 'future' }), meeting(['Leyva'], r.at(1))], textDeps(index, r.text))).toHaveLength(2);
    expect(mergeCandidates([meeting(['Venezuela'], { ...r.at(0), mode: 'phone' }), meeting(['Leyva'], r.at(1))], textDeps(index, r.text))).toHaveLength(2);
  });
});

describe('a meeting told only as past ("after his meeting with X")', () => {
  const lexicon = loadLexicon();
  const consults = (text: string) => {
    const rec = extractReport({ id: 't', text, source: null, published: '2026-03-10' } as never, { lexicon });
    const name = (id: string) => rec.entities.find((e) => e.id === id)?.name;
    return rec.events.filter((e) => e.event === 'CONSULT').map((e) => ({ modality: e.modality, parties: [...e.actor, ...e.recipient].map(name) }));
  };
  it('is an asserted meeting, with the person "his" stands for among its parties', () => {
    const got = consults('Secretary-General Antonio Guterres said on Tuesday that progress had been made after his meeting with Colombian and Venezuelan delegates in Panama.');
    expect(got).toHaveLength(1);
    expect(got[0].modality).toBe('asserted');
    expect(got[0].parties).toEqual(expect.arrayContaining(['António Guterres', 'Colombia', 'Venezuela']));
  });
  it('still leaves a meeting that only times an earlier act ("before the meeting") to the mention that tells it', () => {
    expect(consults('Gustavo Petro spoke with Nicolas Maduro by phone on Monday before the meeting with the mediators.')).toHaveLength(1);
  });
  it('keeps a meeting timed by another ("Before the talks, X met Y") apart from it when other people meet', () => {
    const text = 'Chinese Foreign Minister Wang Yi held talks with Indian External Affairs Minister S. Jaishankar in Beijing on Monday. ' +
      'Before the talks, Wang met Indian National Security Adviser Ajit Doval.';
    expect(consults(text).map((c) => c.parties.filter((p) => p !== 'China' && p !== 'India').sort())).toEqual([
      ['Subrahmanyam Jaishankar', 'Wang Yi'], ['Ajit Doval', 'Wang Yi'],
    ]);
  });
});

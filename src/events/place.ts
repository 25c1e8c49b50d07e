// Where an event happened: a place mention in its sentence ("at Mar-a-Lago", "in Alaska"), or a state/city named
// after "in"/"at" — the nearest one to the trigger, preferring those after it.
import type { DocContext } from '../context.js';
import type { Sentence } from '../nlp/wink.js';

const LOCATIVE = /\b(?:in|at|to|inside|near|on)\s+(?:the\s+)?$/i;
/** A state is a venue only after a preposition of being there: "pressure on Kyiv", "a summit on Ukraine" name a topic. */
const STATE_LOCATIVE = /\b(?:in|at|inside)\s+(?:the\s+)?$/i;
const PLACE_PREPS = new Set(['in', 'at', 'inside', 'near', 'on']);
/** Nouns that name a state of affairs located somewhere ("the war in Ukraine", "elections in Kosovo", "the situation in
 * Gaza"): a place phrase after one is that noun's, not the venue of the event the sentence tells. */
const SITUATED = new Set(['war', 'wars', 'conflict', 'conflicts', 'crisis', 'situation', 'referendum', 'election', 'elections',
  'vote', 'municipality', 'municipalities', 'peace', 'stability', 'interests', 'influence', 'community', 'communities',
  'minority', 'minorities', 'population', 'people', 'unrest', 'insurgency', 'violence']);

export function findPlace(ctx: DocContext, s: Sentence, sentence: string, ts: number, te: number): { text: string; entity: string | null } | null {
  const at = s.start + ts;
  let best: { text: string; entity: string; dist: number } | null = null;
  for (const m of ctx.entities.mentionsIn(s.start, s.end)) {
    const e = ctx.entities.byId(m.entity);
    if (!e) continue;
    const before = ctx.text.slice(Math.max(s.start, m.span[0] - 12), m.span[0]);
    const isPlace = e.kind === 'place' || (e.kind === 'state' && STATE_LOCATIVE.test(before));
    if (!isPlace) continue;
    // Places after the trigger and after a locative preposition are the likely venue; a dateline is not.
    if (m.span[1] <= at && ctx.text.slice(m.span[1], at).length > 60) continue;
    if (situatedPlace(s, m.span[0], at, s.start + te)) continue;
    const locative = LOCATIVE.test(before) ? 0 : 40;
    const dist = locative + (m.span[0] >= s.start + te ? m.span[0] - (s.start + te) : (at - m.span[1]) * 1.5);
    if (!best || dist < best.dist) best = { text: ctx.text.slice(m.span[0], m.span[1]), entity: m.entity, dist };
  }
  void sentence;
  return best ? { text: best.text, entity: best.entity } : null;
}

/** "the war in Ukraine": the place phrase at `offset` hangs on a noun of situation outside the trigger [ts, te). */
function situatedPlace(s: Sentence, offset: number, ts: number, te: number): boolean {
  let k = s.tokens.findIndex((t) => t.start >= offset) - 1;
  if (k < 0) return false;
  if (s.tokens[k].lower === 'the') k--;
  if (k < 1 || !PLACE_PREPS.has(s.tokens[k].lower)) return false;
  const noun = s.tokens[k - 1];
  return noun.start >= te || noun.end <= ts ? SITUATED.has(noun.lower) : false;
}

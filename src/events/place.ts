// Where an event happened: a place mention in its sentence ("at Mar-a-Lago", "in Alaska"), or a state/city named
// after "in"/"at" — the nearest one to the trigger, preferring those after it.
import type { DocContext } from '../context.js';
import type { Sentence } from '../nlp/wink.js';

const LOCATIVE = /\b(?:in|at|to|inside|near|on)\s+(?:the\s+)?$/i;

export function findPlace(ctx: DocContext, s: Sentence, sentence: string, ts: number, te: number): { text: string; entity: string | null } | null {
  const at = s.start + ts;
  let best: { text: string; entity: string; dist: number } | null = null;
  for (const m of ctx.entities.mentionsIn(s.start, s.end)) {
    const e = ctx.entities.byId(m.entity);
    if (!e) continue;
    const before = ctx.text.slice(Math.max(s.start, m.span[0] - 12), m.span[0]);
    const isPlace = e.kind === 'place' || (e.kind === 'state' && LOCATIVE.test(before) && !/\bto\s+$/i.test(before));
    if (!isPlace) continue;
    // Places after the trigger and after a locative preposition are the likely venue; a dateline is not.
    if (m.span[1] <= at && ctx.text.slice(m.span[1], at).length > 60) continue;
    const locative = LOCATIVE.test(before) ? 0 : 40;
    const dist = locative + (m.span[0] >= s.start + te ? m.span[0] - (s.start + te) : (at - m.span[1]) * 1.5);
    if (!best || dist < best.dist) best = { text: ctx.text.slice(m.span[0], m.span[1]), entity: m.entity, dist };
  }
  void sentence;
  return best ? { text: best.text, entity: best.entity } : null;
}

// PLOVER events of a report: candidates from the patterns, then refiners in this order —
// merge mentions of one event, infer CONSULT modes from place, add contexts, a group's members, number them, complete
// counterparts.
import type { DocContext } from '../context.js';
import type { ExtractedEvent, Quote, Span } from '../record.js';
import { tokensIn } from '../syntax/phrases.js';
import { CATEGORY_CONTEXTS, sentenceContexts } from './contexts.js';
import { findCandidates } from './find.js';
import { mergeCandidates } from './merge.js';
import { inferMode, venuesLent } from './mode.js';
import { addCounterparts } from './counterpart.js';
import { mergeRetoldFighting } from './merge-fighting.js';
import { assaultTarget } from './assault-target.js';
import { lendMainDate } from './main-date.js';
import { withMembers } from './members.js';
import { mediatorsOf } from './mediators.js';
import { EVENT_RULES, type EventRule } from './rules/index.js';

// Acts done by speaking: when a person says their own state threatens, demands or rejects something ("Lavrov said
// Russia had selected targets"), the speaker acts for the state and is a party too.
const SPOKEN = new Set(['THREATEN', 'ACCUSE', 'REQUEST', 'REJECT', 'SUPPORT', 'AGREE', 'CONCEDE']);

function speakerActs<T extends ExtractedEvent>(e: T, ctx: DocContext): T {
  if (!SPOKEN.has(e.event) || !e.reported_by || e.reported_by === 'anonymous' || e.actor.includes(e.reported_by)) return e;
  const speaker = ctx.entities.byId(e.reported_by);
  if (speaker?.kind !== 'person' || !speaker.country) return e;
  const forOwnState = e.actor.some((id) => {
    const a = ctx.entities.byId(id);
    return a !== undefined && a.kind !== 'person' && a.country === speaker.country;
  });
  return forOwnState ? { ...e, actor: [...e.actor, speaker.id] } : e;
}

export function findEvents(ctx: DocContext, quotes: Quote[], rules: readonly EventRule[] = EVENT_RULES): ExtractedEvent[] {
  const mediators = mediatorsOf(ctx, quotes.map((q) => q.span));
  const words = (span: Span) => tokensIn(ctx.analysis, span);
  const merged = mergeCandidates(findCandidates(ctx, quotes, rules, mediators), { index: ctx.entities, text: ctx.text, words });
  const modeDeps = { index: ctx.entities, words };
  const wordsIn = sentenceContexts(words);
  const events = merged.map((c, i) => {
    const { viaAnaphora: _v, explicitModality: _x, besideReferred: _b, ...e } = c;
    const context = new Set(CATEGORY_CONTEXTS[e.event] ?? []);
    for (const w of wordsIn(e.sentence)) context.add(w);
    return inferMode(withMembers(speakerActs({ ...e, id: `v${i + 1}`, context: [...context] }, ctx), ctx.entities), modeDeps);
  });
  // Last: complete implicit counterparts (after merging, so the added parties never drive a merge); a meeting whose
  // other side only the counterparts name gets its mode then.
  // Then the war told as a whole ("the fighting") joins a clash of the same sides, now that its sides are known.
  const completed = mergeRetoldFighting(addCounterparts(lendMainDate(events, ctx.published, ctx.text), ctx.entities,
    { targetOf: (e) => assaultTarget(ctx, e), mediators }), { index: ctx.entities, words });
  const venues = venuesLent(completed);
  return completed.map((e) => (e.mode ? e : inferMode(e, { ...modeDeps, venue: venues.get(e) }) as typeof e));
}

// Events derived from other candidates of the same sentence, and the dates that belong to a neighbouring trigger.
import type { DocContext } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import type { Span } from '../record.js';
import { reportDay } from './date.js';
import type { Candidate } from './find.js';
import { settle } from './lazy.js';
import type { SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { tokenAt } from '../syntax/tokens.js';
import { ALLEGING_FORMS } from '../words/judging.js';
import { isWord } from '../syntax/phrases.js';

/**
 * "By hosting Putin ..., the legitimacy he has sought since Moscow's invasion more than three years ago": a date
 * that follows an event's trigger but lies beyond another event's trigger belongs to that other event. The first
 * event falls back to the report's stand-in day, as an undated event would. (A date before the trigger, such as
 * "He said this month that ...", governs all that follows it.)
 */
export function dropDatesBeyondOtherTriggers(sentenceCands: Candidate[], ctx: DocContext): void {
  for (const c of sentenceCands) {
    const d = c.date;
    if (!d?.text || d.inferred) continue;
    const rel = ctx.text.slice(c.span[1], c.sentence[1]).indexOf(d.text);
    if (rel < 0) continue;
    const at = c.span[1] + rel;
    if (sentenceCands.some((o) => o !== c && o.span[0] >= c.span[1] && o.span[1] <= at)) {
      c.date = c.modality === 'asserted' || c.modality === 'negated' ? reportDay(ctx.text, ctx.published) : null;
    }
  }
}

/** Ids of the events this module derives from other candidates (no rule of their own matches them). */
export const DERIVED_RULES = ['accuse.claimed-attack', 'threaten.warned-act'] as const;


/**
 * "Putin claimed in a call with Trump that Ukraine conducted a drone attack": an attack told as someone's claim is
 * also that person's accusation against the attacker (PLOVER ACCUSE), with the claim verb as its evidence.
 */
export function allegation(ctx: DocContext, s: Sentence, c: Candidate): Candidate | null {
  if ((c.event !== 'ASSAULT' && c.event !== 'COERCE') || !c.reported_by || c.reported_by === 'anonymous' || !c.actor.length) return null;
  const verb = allegingBefore(s, c.span[0]);
  if (!verb || c.actor.includes(c.reported_by)) return null;
  const span: Span = [verb.start, verb.end];
  settle(c); // the claim copies the attack's date and place
  ctx.trace({ at: span[0], stage: 'events', rule: 'accuse.claimed-attack', outcome: 'yield', message: `ACCUSE: "${verb.text}" an attack by the claimant` });
  return { ...c, id: '', event: 'ACCUSE', mode: null, actor: [c.reported_by], recipient: [...c.actor], span, rule: 'accuse.claimed-attack', context: [],
    modality: 'asserted', sidesNeeded: false, viaAnaphora: false };
}

/** The last verb of alleging that starts before `offset` (the attack's trigger). */
function allegingBefore(s: Sentence, offset: number): Sentence['tokens'][number] | undefined {
  let verb: Sentence['tokens'][number] | undefined;
  for (const t of s.tokens) {
    if (t.start >= offset) break;
    if (isWord(t, ALLEGING_FORMS)) verb = t;
  }
  return verb;
}

/** Acts a warning holds out: force, a penalty, closing the door. */
const HELD_OUT = new Set(['COERCE', 'ASSAULT', 'SANCTION', 'MOBILIZE']);
/** Modals that hold an act out as a prospect ("could close", "will strike"). */
const PROSPECT_MODALS = new Set(['would', 'could', 'will', 'might', 'may', "'ll", '’ll']);
/** Verbs of warning: the clause they govern is what is held out. */
const WARNING = new Set(['warn', 'caution']);

/**
 * "Anutin warned that Thailand could close more border crossings if ...": force or a penalty held out, with a modal,
 * in a clause a warning verb governs is the warner's THREATEN now (the act itself stays hypothetical), with the
 * warning verb as its evidence. Read on the sentence's syntax: the act's verb group and the clauses above it.
 */
export function warnedAct(ctx: DocContext, x: SentenceSyntax, c: Candidate): Candidate | null {
  if (!HELD_OUT.has(c.event) || (c.modality !== 'hypothetical' && c.modality !== 'future')) return null;
  if (!c.reported_by || c.reported_by === 'anonymous') return null;
  const k = tokenAt(x.tokens, c.span[0]);
  const act = k < x.tokens.length && x.verbOf[k] >= 0 ? x.verbs[x.verbOf[k]] : null;
  if (!act?.modal || !PROSPECT_MODALS.has(act.modal)) return null;
  let warning: VerbGroup | undefined;
  for (let cl = x.clauses[act.clause].parent, hops = 0; cl !== null && hops < 3 && !warning; cl = x.clauses[cl].parent, hops++) {
    warning = x.verbs.filter((v) => v.clause === cl && v.end <= act.start).pop();
    if (warning && !WARNING.has(x.tokens[warning.head].lemma)) warning = undefined;
  }
  if (!warning) return null;
  const head = x.tokens[warning.head];
  const span: Span = [head.start, head.end];
  settle(c);
  ctx.trace({ at: span[0], stage: 'events', rule: 'threaten.warned-act', outcome: 'yield', message: `THREATEN: "${head.text}" holds out ${c.event}` });
  const recipient = c.recipient.filter((id) => id !== c.reported_by);
  return { ...c, id: '', event: 'THREATEN', mode: null, actor: [c.reported_by], recipient, span, rule: 'threaten.warned-act', context: [],
    modality: 'asserted', sidesNeeded: false, viaAnaphora: false };
}

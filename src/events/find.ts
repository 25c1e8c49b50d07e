// Finds event candidates sentence by sentence: each pattern's trigger, then its participants (by role), date, place
// and modality. Candidates over-generate; ./merge.ts joins mentions of one real event and drops what has no party.
import type { DocContext, Mention } from '../context.js';
import { inClutter } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import type { ExtractedEvent, Quote, Span } from '../record.js';
import { EVENT_PATTERNS, type EventPattern } from './patterns.data.js';
import { groupAfter, groupBefore, ids, partyMentions } from './participants.js';
import { classifyModality, clauseStart, isHedged } from '../modality/classify.js';
import { attachDate, reportDay } from './date.js';
import { findPlace } from './place.js';
import { MeetingMemory } from './anaphora.js';
import { reportedBy } from './reported-by.js';

export interface Candidate extends ExtractedEvent {
  /** The meeting this candidate stands for when it only says "the meeting" / "both leaders". */
  viaAnaphora?: boolean;
  /** No party is named: the refiners give it the report's two main sides. */
  sidesNeeded?: boolean;
  explicitModality: boolean;
}

// Global copies of the pattern regexes, compiled once: matchAll needs the g flag, and compiling per sentence was
// the stage's largest cost.
const GLOBAL = new Map<EventPattern, RegExp>(EVENT_PATTERNS.map((p) => [p, new RegExp(p.re.source, 'gi')]));

export function findCandidates(ctx: DocContext, quotes: Quote[]): Candidate[] {
  const out: Candidate[] = [];
  const quoteSpans: Span[] = quotes.map((q) => q.span);
  const memory = new MeetingMemory();
  const hits = scanPatterns(ctx.text);
  const cursors = new Map<EventPattern, number>();
  for (const s of ctx.analysis.sentences) {
    const before = out.length;
    if (inClutter(ctx.clutter, [s.start, s.end])) continue;
    const sentence = ctx.text.slice(s.start, s.end);
    // A headline restates the story's events in telegraphic Title Case; its events are told again in the body.
    if (isHeadline(ctx.text, s.start, s.end, sentence)) continue;
    const taken: Array<[number, number, string]> = [];
    for (const p of EVENT_PATTERNS) {
      if (p.unlessSentence?.test(sentence)) continue;
      const matches = hitsIn(hits, cursors, p, s.start, s.end);
      for (const m of matches) {
        const ts = m.start - s.start, te = m.end - s.start;
        // One trigger yields one event per category: the first pattern listed wins.
        if (taken.some(([a, b, ev]) => ev === p.event && ts < b && a < te)) continue;
        const c = buildCandidate(ctx, s, sentence, p, ts, te, quoteSpans, memory, quotes);
        if (!c) continue;
        taken.push([ts, te, p.event]);
        out.push(c);
        const claim = allegation(ctx, s, sentence, c);
        if (claim) out.push(claim);
        if (c.event === 'CONSULT' && c.modality === 'asserted' && c.actor.length + c.recipient.length >= 2) memory.remember(c);
      }
    }
    dropDatesBeyondOtherTriggers(out.slice(before), ctx);
  }
  return out;
}

type Hits = Map<EventPattern, Array<{ start: number; end: number }>>;

/** A pattern's hits inside [start, end), read with a cursor: sentences come in order, so each hit is visited once. */
function hitsIn(hits: Hits, cursors: Map<EventPattern, number>, p: EventPattern, start: number, end: number) {
  const list = hits.get(p)!;
  let i = cursors.get(p) ?? 0;
  while (i < list.length && list[i].start < start) i++;
  const out: Array<{ start: number; end: number }> = [];
  let j = i;
  for (; j < list.length && list[j].start < end; j++) if (list[j].end <= end) out.push(list[j]);
  cursors.set(p, j);
  return out;
}

/**
 * Every pattern's matches over the whole report, once: one scan per pattern costs far less than one per pattern and
 * sentence. Matches are later kept only inside one sentence. An exec loop, because matchAll copies the regex.
 */
function scanPatterns(text: string): Map<EventPattern, Array<{ start: number; end: number }>> {
  const out = new Map<EventPattern, Array<{ start: number; end: number }>>();
  for (const p of EVENT_PATTERNS) {
    const re = GLOBAL.get(p)!;
    const found: Array<{ start: number; end: number }> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length });
      if (!m[0]) re.lastIndex++;
    }
    out.set(p, found);
  }
  return out;
}

/**
 * "By hosting Putin ..., the legitimacy he has sought since Moscow's invasion more than three years ago": a date
 * that follows an event's trigger but lies beyond another event's trigger belongs to that other event. The first
 * event falls back to the report's stand-in day, as an undated event would. (A date before the trigger, such as
 * "He said this month that ...", governs all that follows it.)
 */
function dropDatesBeyondOtherTriggers(sentenceCands: Candidate[], ctx: DocContext): void {
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

function buildCandidate(ctx: DocContext, s: Sentence, sentence: string, p: EventPattern, ts: number, te: number,
  quoteSpans: Span[], memory: MeetingMemory, quotes: Quote[]): Candidate | null {
  const abs = (x: number) => s.start + x;
  const cs = clauseStart(sentence, ts);
  const ce = clauseEnd(sentence, te);
  const trig: Span = [abs(ts), abs(te)];
  const parties = partyMentions(ctx.entities, ctx.text, abs(cs), abs(ce), quoteSpans, trig);
  // The subject may sit before a clause boundary when the trigger opens a participle clause ("..., urging Kyiv").
  // The whole sentence's parties are needed only when the clause has no subject of its own.
  const wide = () => partyMentions(ctx.entities, ctx.text, s.start, s.end, quoteSpans, trig);
  const subj = groupBefore(ctx.text, parties, abs(ts))
    ?? (participle(sentence, ts) ? groupBefore(ctx.text, wide(), abs(ts), 400) : null)
    // "rejected by Russia, which demands ...": a relative clause's subject is the name it hangs on.
    ?? (/(?:,\s*)?\b(?:which|who)\s*$/i.test(sentence.slice(Math.max(0, cs - 10), cs)) ? groupBefore(ctx.text, wide(), abs(cs), 12, false) : null);
  // "praised each other": the parties act on one another; the clause's other names are not the object.
  const reciprocal = /^\s+(?:each\s+other|one\s+another)\b/i.test(sentence.slice(te));
  const after = reciprocal ? null : groupAfter(ctx.text, parties, abs(te), p.needsObject ? 60 : 80, p.needsObject, p.event !== 'CONSULT');
  // A noun's own parties are linked to it ("talks with X", "meeting between X and Y"); a name further on is not.
  const obj = p.meetingNoun && after && !LINKED.test(ctx.text.slice(abs(te), after.span[0])) ? null : after;
  const trace = (outcome: 'yield' | 'skip', message: string) => ctx.trace({ at: abs(ts), stage: 'events', rule: p.id, outcome, message });
  if (p.needsObject && !obj) { trace('skip', `"${sentence.slice(ts, te)}" has no party right after it`); return null; }
  // "rejected by Russia", "captured by Hamas": the agent after "by" acts on the subject.
  const passive = obj && /^\s*(?:[\w-]+\s+){0,4}?by\s+(?:[A-Z][\w.’'-]*\s+|the\s+)*$/.test(ctx.text.slice(abs(te), obj.span[0]));
  let actor: Mention[] = [], recipient: Mention[] = [];
  // A noun's by-agent ("the invasion by Russia") acts on whoever the noun names, not on the clause's subject.
  if (passive && p.roles !== 'all') { actor = obj!.mentions; recipient = p.referenceNoun ? [] : subj?.mentions ?? []; } else
  if (p.roles === 'svo') { actor = subj?.mentions ?? []; recipient = obj?.mentions ?? []; }
  else if (p.roles === 'ovs') { actor = obj?.mentions ?? []; recipient = subj?.mentions ?? []; }
  else if (p.roles === 'passive') { actor = obj?.mentions ?? []; recipient = subj?.mentions ?? []; }
  else if (p.meetingNoun && obj) {
    // "briefed Putin on Sunday's meeting with Zelensky": a meeting noun's parties are its own — after "with" /
    // "between", and a possessor right before it ("Trump's talks with") — not the subject of the clause around it.
    const possessor = subj && /^[’']s\s+(?:[\w-]+\s+){0,2}$/.test(ctx.text.slice(subj.span[1], abs(ts))) ? subj.mentions : [];
    actor = [...possessor, ...obj.mentions];
  } else actor = [...(subj?.mentions ?? []), ...(obj?.mentions ?? [])];
  // A bare meeting noun ("a starting point for talks") takes no parties from the clause it sits in; a symmetric one
  // ("the signings of the Washington Accord") waits for the report's two sides instead.
  const bareMeeting = p.meetingNoun && !obj && !(subj && /^[’']s\s+(?:[\w-]+\s+){0,3}$/.test(ctx.text.slice(subj.span[1], abs(ts))));
  // "... following negotiations held Sunday in Geneva": a meeting noun told as having taken place is the main
  // subject's meeting, even with no party linked to the noun.
  const held = bareMeeting && /^\s+(?:held|that\s+took\s+place|which\s+took\s+place|took\s+place)\b/i.test(sentence.slice(te));
  if (held) actor = groupBefore(ctx.text, wide(), abs(ts), 400)?.mentions ?? [];
  const heldByMainSubject = held && actor.length > 0;
  if (bareMeeting && p.symmetric) actor = [];
  else if (!heldByMainSubject && (bareMeeting || (p.referenceNoun && !ownParties(ctx.text, sentence, ts, te, subj, obj, abs)))) {
    trace('skip', `"${sentence.slice(ts, te)}" refers back to an event already told and names no party of its own`);
    return null;
  }
  let viaAnaphora = false;
  let actorIds = ids(actor), recipientIds = ids(recipient).filter((id) => !actorIds.includes(id));
  if (!actorIds.length) {
    // "“I'm going to make a few phone calls,” Trump said": in a quotation, I and we are the speaker.
    const q = quotes.find((x) => abs(ts) >= x.span[0] && abs(te) <= x.span[1]);
    if (q?.speaker && q.speaker !== 'anonymous'
      && /\b(?:I|we|I[’']m|we[’']re|I[’']ve|we[’']ve|I[’']ll|we[’']ll|I[’']d|we[’']d)\b/.test(ctx.text.slice(Math.max(q.span[0], abs(cs)), abs(ts)))) {
      actorIds = [q.speaker];
    }
  }
  if (!actorIds.length) {
    // "The meeting concluded...", "both leaders reiterated...": the parties of the meeting the report is about.
    const ref = memory.resolve(sentence.slice(cs, te));
    if (ref) { actorIds = [...ref.parties]; viaAnaphora = true; }
    // "both parties", "the two delegations" stand for the states the remembered envoys represent.
    if (ref && /\b(?:parties|sides|delegations|countries|nations|teams|governments)\b/i.test(sentence.slice(cs, ts))) {
      const countries = new Set(ref.parties.map((id) => ctx.entities.byId(id)?.country).filter(Boolean));
      for (const e of ctx.entities.entities) if (e.kind === 'state' && countries.has(e.country) && !actorIds.includes(e.id)) actorIds.push(e.id);
    }
  }
  // "both nations", "the warring parties", or a symmetric act with nobody named: the report's two main sides.
  const sidesNeeded = !actorIds.length && (p.symmetric || SIDES_ANAPHOR.test(sentence.slice(cs, ts))
    || (!viaAnaphora && LEADERS_ANAPHOR.test(sentence.slice(cs, ts))));
  if (!actorIds.length && !recipientIds.length && !sidesNeeded) { trace('skip', `"${sentence.slice(ts, te)}" has no identifiable party`); return null; }
  // Outside meetings an event needs someone who acts: "concessions from Kyiv" alone is a plan's content, not an act.
  if (!actorIds.length && p.event !== 'CONSULT' && !sidesNeeded) { trace('skip', `"${sentence.slice(ts, te)}" has no actor`); return null; }
  if (reciprocal && actorIds.length > 1) recipientIds = [...actorIds];
  if (p.joinsMeeting) {
    const joined = memory.last();
    if (joined) actorIds = [...new Set([...actorIds, ...recipientIds, ...joined.parties])], recipientIds = [];
  }
  const m0 = sentence.slice(ts, te);
  const mode = p.joinsMeeting ? (/\bcall|conversation\b/i.test(m0) ? 'phone' : null) : p.mode;
  if (p.event === 'CONSULT' && p.roles === 'all') { actorIds = [...new Set([...actorIds, ...recipientIds])]; recipientIds = []; }
  const govern = conditionalReach(sentence, ts, cs);
  const classified = classifyModality(sentence, ts, te, govern, p.modality);
  // Threatening or demanding is done by saying it: "Russia would take X by force if ..." is a threat that was made,
  // whose content is conditional. Only a stated future or negation changes such an act's modality.
  const mod = SAID_ACTS.has(p.event) && classified.modality === 'hypothetical' ? { modality: 'asserted' as const, cue: classified.cue } : classified;
  const span: Span = [abs(ts), abs(te)];
  const c: Candidate = {
    id: '', event: p.event, mode, actor: actorIds, recipient: recipientIds,
    date: attachDate(ctx, s, sentence, ts, mod.modality === 'future', viaAnaphora ? memory.resolve(sentence.slice(cs, te))?.date ?? null : memory.last()?.date ?? null),
    where: findPlace(ctx, s, sentence, ts, te),
    modality: mod.modality,
    reported_by: reportedBy(ctx, s, sentence, span, quotes),
    hedged: isHedged(sentence),
    context: [],
    span,
    sentence: [s.start, s.end],
    rule: p.id,
    viaAnaphora,
    sidesNeeded,
    explicitModality: mod.cue !== null,
  };
  trace('yield', `${p.event}${p.mode ? '/' + p.mode : ''} ${c.modality}${mod.cue ? ' (' + mod.cue + ')' : ''}`);
  return c;
}

/** Does a reference noun ("the call", "the attack") carry parties of its own: a possessor, or "with/between/by/of/on X"? */
function ownParties(text: string, sentence: string, ts: number, te: number, subj: { span: Span } | null, obj: { span: Span } | null,
  abs: (x: number) => number): boolean {
  if (!/\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(Math.max(0, ts - 40), ts))
    && !/^(?:the|this|that|these|those)\b/i.test(sentence.slice(ts))) return true;
  if (subj && /^[’']s\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(subj.span[1], abs(ts)))) return true;
  if (obj && /^\s+(?:with|between|by|of|on|against|involving)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(abs(te), obj.span[0]))) return true;
  return false;
}

// "The leaders also thanked ...": with no meeting remembered, the leaders of the report's two sides.
const SAID_ACTS = new Set(['THREATEN', 'REQUEST']);
const LEADERS_ANAPHOR = /\b(?:the|both)\s+leaders\b/i;
const SIDES_ANAPHOR = /\b(?:both\s+(?:nations|countries|sides|parties|armies|militaries)|the\s+two\s+(?:nations|countries|sides|armies|militaries|neighbou?rs)|the\s+warring\s+(?:parties|sides|factions)|each\s+other)\b/i;

/** A line of its own, without final punctuation, most of whose words are capitalised. */
function isHeadline(text: string, start: number, end: number, sentence: string): boolean {
  const ownLine = (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
  if (!ownLine || /[.!?…"”]$/.test(sentence)) return false;
  const words = sentence.split(/\s+/).filter((x) => /^[A-Za-z]/.test(x));
  const caps = words.filter((x) => /^[A-Z]/.test(x)).length;
  return words.length >= 4 && caps / words.length >= 0.6;
}

function clauseEnd(sentence: string, te: number): number {
  const rest = sentence.slice(te);
  const m = /[;:—–]|,\s*(?:but|while|whereas|although|though|which|who)\b|\b(?:but|while|whereas|although|though|because|after|before)\b/i.exec(rest);
  return m ? te + m.index : sentence.length;
}

const LINKED = /^\s*(?:[\w-]+\s+){0,3}?(?:with|between|involving|among|including|of|attended\s+by|hosted\s+by|led\s+by|chaired\s+by)\s+(?:(?:the|his|her|their|[A-Z][\w.’'-]*|former|acting|president|prime|minister|foreign|secretary|envoy|special|senior|chief|leader|negotiators?|delegations?|officials?|representatives?)\s+)*$/i;

const ALLEGING = /\b(?:claimed|claims|alleged|alleges|accused|accuses|charged|insisted)\b/gi;

/**
 * "Putin claimed in a call with Trump that Ukraine conducted a drone attack": an attack told as someone's claim is
 * also that person's accusation against the attacker (PLOVER ACCUSE), with the claim verb as its evidence.
 */
function allegation(ctx: DocContext, s: Sentence, sentence: string, c: Candidate): Candidate | null {
  if ((c.event !== 'ASSAULT' && c.event !== 'COERCE') || !c.reported_by || c.reported_by === 'anonymous' || !c.actor.length) return null;
  const ts = c.span[0] - s.start;
  let verb: RegExpExecArray | null = null;
  ALLEGING.lastIndex = 0;
  for (let m = ALLEGING.exec(sentence); m && m.index < ts; m = ALLEGING.exec(sentence)) verb = m;
  if (!verb || c.actor.includes(c.reported_by)) return null;
  const span: Span = [s.start + verb.index, s.start + verb.index + verb[0].length];
  ctx.trace({ at: span[0], stage: 'events', rule: 'accuse.claimed-attack', outcome: 'yield', message: `ACCUSE: "${verb[0]}" an attack by the claimant` });
  return { ...c, id: '', event: 'ACCUSE', mode: null, actor: [c.reported_by], recipient: [...c.actor], span, rule: 'accuse.claimed-attack', context: [],
    modality: 'asserted', sidesNeeded: false, viaAnaphora: false };
}

/** "..., urging Kyiv to": a participle right after a comma takes the subject of the main clause. */
function participle(sentence: string, ts: number): boolean {
  const before = sentence.slice(Math.max(0, ts - 24), ts);
  return (/,\s*(?:\w+\s+)?$/.test(before) && /^\w+ing\b/.test(sentence.slice(ts))) || /,\s*having\s+$/.test(before)
    // "... and urged Kyiv to": a coordinated verb shares the main clause's subject.
    || (/\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i.test(before) && /^\w+(?:ed|s)\b/.test(sentence.slice(ts)))
    // "arrived on Saturday following a visit to Canada": the visit is the main subject's.
    || /\b(?:following|after|before|during|ahead\s+of)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, ts - 40), ts))
    || /^(?:a|an|the|his|her|their|its)\s/i.test(sentence.slice(ts)) && /\b(?:following|after|before|during|ahead\s+of)\s+$/i.test(sentence.slice(Math.max(0, ts - 20), ts));
}

/** A conditional or counterfactual that opens the sentence governs its later clauses too. */
function conditionalReach(sentence: string, ts: number, cs: number): number {
  const head = sentence.slice(0, ts);
  return /^\W*(?:if|unless|should)\b/i.test(head) && !/[;.]/.test(head) ? 0 : cs;
}

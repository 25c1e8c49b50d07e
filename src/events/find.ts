// Finds event candidates sentence by sentence: each pattern's trigger, then its participants (by role), date, place
// and modality. Candidates over-generate; ./merge.ts joins mentions of one real event and drops what has no party.
import type { DocContext, Mention } from '../context.js';
import { inClutter, noTrace } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import type { ExtractedEvent, Quote, Span } from '../record.js';
import { EVENT_PATTERNS, type EventPattern } from './patterns.data.js';
import { clauseStartOverList, firstGroup, groupAfter, groupBefore, ids, partyMentions, possessorOf, titledPairs } from './participants.js';
import { classifyModality, isHedged } from '../modality/classify.js';
import { attachDate } from './date.js';
import { hitsIn, isHeadline, scanPatterns } from './scan.js';
import { allegation, warnedAct, dropDatesBeyondOtherTriggers } from './derived.js';
import { clauseEnd, conditionalReach, LEADERS_ANAPHOR, LINKED, ownParties, participle, SAID_ACTS, SIDES_ANAPHOR } from './clause.js';
import { findPlace } from './place.js';
import { defer, settle } from './lazy.js';
import { MeetingMemory } from './anaphora.js';
import { reportedBy } from './reported-by.js';
import { describeSyntax, synTokens, syntaxOf } from '../syntax/index.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { grammarFor, ruleCandidate, syntaxRoles, type RuleDeps } from './rule-events.js';
import { EVENT_RULES, type EventRule } from './rules/index.js';
import { resolveOverlaps } from './overlap.js';
import { demandedBy, planContent, stoppedBy } from './frames.js';
import { senseOf } from './senses.js';
import { soughtBy } from './sought.js';
import { tokenAt } from '../syntax/tokens.js';
import { firstSince } from './rule-readings.js';

export interface Candidate extends ExtractedEvent {
  /** The meeting this candidate stands for when it only says "the meeting" / "both leaders". */
  viaAnaphora?: boolean;
  /** No party is named: the refiners give it the report's two main sides. */
  sidesNeeded?: boolean;
  /** "Rwanda has been accused of ...": an accusation told in the passive with no accuser waits for the report's main
   * other side, lent as inferred (see ./counterpart.ts). */
  accuserNeeded?: boolean;
  /** A demand's thing asked, as a lemma ("release"): see ./demanded.ts. */
  asked?: string;
  explicitModality: boolean;
}

export function findCandidates(ctx: DocContext, quotes: Quote[], rules: readonly EventRule[] = EVENT_RULES, mediators?: ReadonlySet<string>): Candidate[] {
  const grammar = grammarFor(rules);
  const out: Candidate[] = [];
  const quoteSpans: Span[] = quotes.map((q) => q.span);
  const memory = new MeetingMemory();
  const hits = scanPatterns(ctx.text);
  const cursors = new Int32Array(EVENT_PATTERNS.length);
  const deps: RuleDeps = { quotes, quoteSpans, fallbackDate: () => memory.last()?.date ?? null, resolveGroup: (phrase) => memory.resolve(phrase)?.parties ?? null, mediators };
  for (const s of ctx.analysis.sentences) {
    const before = out.length;
    if (inClutter(ctx.clutter, [s.start, s.end])) continue;
    const sentence = ctx.text.slice(s.start, s.end);
    // A headline restates the story's events in telegraphic Title Case; its events are told again in the body.
    if (isHeadline(ctx.text, s.start, s.end, sentence)) continue;
    // Tokens first: the rules match on them; the rest of the syntax is built only for a sentence that has a candidate.
    const tokens = synTokens(s, ctx.entities);
    const matches = grammar.matchAll(tokens);
    let syntax: SentenceSyntax | null = null;
    const fullSyntax = () => {
      syntax ??= syntaxOf(s, ctx.entities, tokens);
      return syntax;
    };
    for (const m of matches) {
      const c = ruleCandidate(ctx, s, fullSyntax(), m, deps);
      if (!c) continue;
      out.push(c);
      const claim = allegation(ctx, s, sentence, c) ?? warnedAct(ctx, fullSyntax(), c);
      if (claim) out.push(claim);
      if (c.event === 'CONSULT' && c.modality === 'asserted' && c.actor.length + c.recipient.length >= 2) { settle(c); memory.remember(c); }
    }
    const taken: Array<[number, number, string]> = [];
    for (let k = 0; k < EVENT_PATTERNS.length; k++) {
      const p = EVENT_PATTERNS[k];
      const matches = hitsIn(hits, cursors, k, s.start, s.end);
      if (!matches.length || p.unlessSentence?.test(sentence)) continue;
      for (const m of matches) {
        const ts = m.start - s.start, te = m.end - s.start;
        // One trigger yields one event per category: the first pattern listed wins.
        if (taken.some(([a, b, ev]) => ev === p.event && ts < b && a < te)) continue;
        // The syntax layer's reading of the trigger's roles, read at most once (both uses below ask about the same span).
        let roles: ReturnType<typeof syntaxRoles> | undefined;
        const readRoles = () => (roles === undefined ? (roles = syntaxRoles(ctx, fullSyntax(), [s.start + ts, s.start + te], p.roles, quoteSpans, p.event === 'CONSULT')) : roles);
        // When the character windows find no actor, the syntax layer may still name one ("Security forces in X have ...").
        const syntaxNamesActor = () => readRoles() !== null;
        const c = buildCandidate(ctx, s, sentence, p, ts, te, quoteSpans, memory, quotes, syntaxNamesActor, fullSyntax);
        if (!c) continue;
        // The parties come from the syntax layer, as a token rule's do, whenever it names an actor: its subject,
        // object, by-agent and noun links read "with Trump's envoy X", "a U.S. team: A and B" and "he" where character
        // windows cannot. A pattern that borrows a meeting's parties keeps them.
        const read = c.viaAnaphora ? null : readRoles();
        if (read) { c.actor = read.actor; c.recipient = read.recipient; c.sidesNeeded = false; }
        taken.push([ts, te, p.event]);
        out.push(c);
        const claim = allegation(ctx, s, sentence, c) ?? warnedAct(ctx, fullSyntax(), c);
        if (claim) out.push(claim);
        if (c.event === 'CONSULT' && c.modality === 'asserted' && c.actor.length + c.recipient.length >= 2) { settle(c); memory.remember(c); }
      }
    }
    if (out.length === before) continue;
    const x = fullSyntax();
    // `--explain` shows the chunks, verb groups and clauses the rules read; building the picture costs, so only then.
    if (ctx.trace !== noTrace) ctx.trace({ at: s.start, stage: 'syntax', rule: 'syntax', outcome: 'yield', message: describeSyntax(x) });
    const kept = resolveOverlaps(unstopped(ctx, x, out.splice(before)), ctx.trace);
    for (const c of kept) settle(c);
    out.push(...kept);
    dropDatesBeyondOtherTriggers(kept, ctx);
  }
  return out;
}

/** "would halt its shelling", "refrained from attacking": what a stop verb ends is not an act (see ./frames.ts). */
function unstopped(ctx: DocContext, x: SentenceSyntax, cands: Candidate[]): Candidate[] {
  return cands.filter((c) => {
    const t = tokenAt(x.tokens, c.span[0]);
    const sense = t < x.tokens.length ? senseOf(x, c.event, t, Math.max(t, tokenAt(x.tokens, c.span[1] - 1))) : null;
    if (sense) {
      ctx.trace({ at: c.span[0], stage: 'events', rule: c.rule, outcome: sense.drop ? 'skip' : 'yield', message: `${sense.id}: ${sense.why}` });
      if (sense.drop) return false;
      if (sense.modality && c.modality === 'asserted') { c.modality = sense.modality; c.explicitModality = true; }
    }
    if (t >= x.tokens.length) return true;
    const stop = stoppedBy(x, t);
    // A demand's content is the demander's REQUEST (a REQUEST rule reads it), never the demanded act itself.
    const demand = c.event === 'REQUEST' ? null : demandedBy(x, t);
    // A plan's content is no act; the plan itself is read by the AGREE and REQUEST rules.
    const plan = c.event === 'REQUEST' || c.event === 'AGREE' ? null : planContent(x, t);
    // A meeting asked for ("called for talks", "seeks mediation") is the asker's request, not a meeting.
    const sought = c.event === 'CONSULT' ? soughtBy(x, t) : null;
    if (!stop && !demand && !plan && !sought) return true;
    ctx.trace({ at: c.span[0], stage: 'events', rule: c.rule, outcome: 'skip',
      message: stop ? `frame: "${stop}" ends the act, so it is not one`
        : demand ? `frame: the content of a demand ("${demand}"), not an act`
          : sought ? `frame: what "${sought}" asks for, not a meeting` : `frame: the content of a plan ("${plan}"), not an act` });
    return false;
  });
}

function buildCandidate(ctx: DocContext, s: Sentence, sentence: string, p: EventPattern, ts: number, te: number,
  quoteSpans: Span[], memory: MeetingMemory, quotes: Quote[], syntaxNamesActor: () => boolean = () => false,
  sentenceSyntax: () => SentenceSyntax = () => syntaxOf(s, ctx.entities)): Candidate | null {
  const abs = (x: number) => s.start + x;
  const cs = clauseStartOverList(sentence, ts, sentenceSyntax(), s.start);
  const ce = clauseEnd(sentence, te);
  const trig: Span = [abs(ts), abs(te)];
  const parties = partyMentions(ctx.entities, ctx.text, abs(cs), abs(ce), quoteSpans, trig);
  // The subject may sit before a clause boundary when the trigger opens a participle clause ("..., urging Kyiv").
  // The whole sentence's parties are needed only when the clause has no subject of its own.
  const wide = () => partyMentions(ctx.entities, ctx.text, s.start, s.end, quoteSpans, trig);
  // "outraged by Ukraine's alleged attack": the possessor of a noun trigger is its actor, whatever governs it.
  const possessor = p.referenceNoun ? possessorOf(ctx.text, parties, abs(ts)) : null;
  // "Netanyahu praised the proposal and thanked him": a verb after "and" shares the first verb's subject.
  const coordinated = !possessor && /\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i.test(sentence.slice(Math.max(0, ts - 16), ts))
    && /^\w+(?:ed|s)\b/.test(sentence.slice(ts)) ? firstGroup(ctx.text, parties, abs(ts)) : null;
  const subj = possessor ?? coordinated ?? groupBefore(ctx.text, parties, abs(ts))
    ?? (participle(sentence, ts) ? groupBefore(ctx.text, wide(), abs(ts), 400) : null)
    // "rejected by Russia, which demands ...": a relative clause's subject is the name it hangs on.
    ?? (/(?:,\s*)?\b(?:which|who)\s*$/i.test(sentence.slice(Math.max(0, cs - 10), cs)) ? groupBefore(ctx.text, wide(), abs(cs), 12, false) : null);
  // "praised each other": the parties act on one another; the clause's other names are not the object.
  const reciprocal = /^\s+(?:each\s+other|one\s+another)\b/i.test(sentence.slice(te));
  const after = reciprocal ? null : groupAfter(ctx.text, parties, abs(te), p.needsObject ? 60 : 80, p.needsObject, p.event !== 'CONSULT', titledPairs(sentenceSyntax()));
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
  // "Trump and Putin walked away from their meeting": a meeting noun opened by "their" is the meeting of the people
  // the sentence names before it (two or more of them), else of the meeting the report is about.
  let theirs = false;
  if (bareMeeting && !held && /^their\s/i.test(sentence.slice(ts))) {
    const people = wide().filter((m) => m.span[1] <= abs(ts) && ctx.entities.byId(m.entity)?.kind === 'person');
    theirs = new Set(people.map((m) => m.entity)).size >= 2;
    if (theirs) actor = people;
  }
  // "kicked off a summit in Alaska", "during talks in Florida": a meeting noun told with its venue is a meeting that
  // took place, the clause subject's, even with no party linked to the noun.
  const venue = bareMeeting && ctx.entities.mentionsIn(abs(te), Math.min(s.end, abs(te) + 30)).find((m) => {
    const kind = ctx.entities.byId(m.entity)?.kind;
    return (kind === 'place' || kind === 'state') && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(ctx.text.slice(abs(te), m.span[0]));
  });
  // "their first in-person meeting since 2019": not the meeting told, but the one before it, of the same parties.
  const earlierOne = bareMeeting && !theirs && /^their\s/i.test(sentence.slice(ts)) && comparedWithEarlier(sentenceSyntax(), abs(te));
  const heldByMainSubject = ((held || theirs || !!venue) && actor.length > 0) || earlierOne;
  if (bareMeeting && p.symmetric) actor = [];
  else if (!heldByMainSubject && (bareMeeting || (p.referenceNoun && !ownParties(ctx.text, sentence, ts, te, subj, obj, abs)))) {
    trace('skip', `"${sentence.slice(ts, te)}" refers back to an event already told and names no party of its own`);
    return null;
  }
  let viaAnaphora = false;
  let actorIds = ids(actor), recipientIds = ids(recipient).filter((id) => !actorIds.includes(id));
  const stated = new Set([...actorIds, ...recipientIds]);
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
  const sidesNeeded = !actorIds.length && (p.symmetric || earlierOne || SIDES_ANAPHOR.test(sentence.slice(cs, ts))
    || (!viaAnaphora && LEADERS_ANAPHOR.test(sentence.slice(cs, ts))));
  if (!actorIds.length && !recipientIds.length && !sidesNeeded && !syntaxNamesActor()) { trace('skip', `"${sentence.slice(ts, te)}" has no identifiable party`); return null; }
  // Outside meetings an event needs someone who acts: "concessions from Kyiv" alone is a plan's content, not an act.
  if (!actorIds.length && p.event !== 'CONSULT' && !sidesNeeded && !syntaxNamesActor()) { trace('skip', `"${sentence.slice(ts, te)}" has no actor`); return null; }
  if (reciprocal && actorIds.length > 1) recipientIds = [...actorIds];
  const mode = p.mode;
  if (p.event === 'CONSULT' && p.roles === 'all') { actorIds = [...new Set([...actorIds, ...recipientIds])]; recipientIds = []; }
  const govern = conditionalReach(sentence, ts, cs);
  const classified = classifyModality(sentence, ts, te, govern, p.modality, { syntax: sentenceSyntax(), offset: s.start });
  // Threatening or demanding is done by saying it: "Russia would take X by force if ..." is a threat that was made,
  // whose content is conditional. Only a stated future or negation changes such an act's modality.
  // "talks ... since Moscow's invasion in 2022": what a "since" phrase names is background that happened.
  const background = /\bsince\s+(?:[\w’'-]+\s+){0,4}$/i.test(sentence.slice(Math.max(0, ts - 48), ts));
  // "will be their first encounter since October": what it tells is the encounter before, in October — it happened.
  const mod = background ? { modality: 'asserted' as const, cue: 'since-background' }
    : earlierOne ? { modality: 'asserted' as const, cue: 'first-since' }
    : SAID_ACTS.has(p.event) && classified.modality === 'hypothetical' ? { modality: 'asserted' as const, cue: classified.cue } : classified;
  const span: Span = [abs(ts), abs(te)];
  const future = mod.modality === 'future';
  const tiedTo = viaAnaphora ? memory.resolve(sentence.slice(cs, te))?.date ?? null : memory.last()?.date ?? null;
  const c: Candidate = {
    id: '', event: p.event, mode, actor: actorIds, recipient: recipientIds,
    date: null,
    where: null,
    modality: mod.modality,
    reported_by: reportedBy(ctx, s, sentence, span, quotes),
    hedged: isHedged(sentence),
    context: [],
    span,
    sentence: [s.start, s.end],
    rule: p.id,
    viaAnaphora,
    sidesNeeded,
    // Parties that "the meeting" or "both leaders" lent: the report implies them, it does not name them.
    inferred: viaAnaphora ? actorIds.filter((id) => !stated.has(id)) : [],
    explicitModality: mod.cue !== null,
  };
  // Filled in only if the candidate survives the stop frames and the overlap policy (see ./lazy.ts).
  defer(c, (k) => { k.date = attachDate(ctx, s, sentence, ts, future, tiedTo); k.where = findPlace(ctx, s, sentence, ts, te); });
  trace('yield', `${p.event}${p.mode ? '/' + p.mode : ''} ${c.modality}${mod.cue ? ' (' + mod.cue + ')' : ''}`);
  return c;
}

/** "their first face-to-face meeting since October": the meeting noun ending at `end` is compared with the last one
 * before it (../rule-readings.ts firstSince, on the noun's own token). */
function comparedWithEarlier(x: SentenceSyntax, end: number): boolean {
  const head = tokenAt(x.tokens, end - 1);
  return head < x.tokens.length && firstSince(x, head, head + 1);
}

// Finds event candidates sentence by sentence: the token rules (./rules/) run in one pass over each sentence's tokens,
// each match gets its roles, date, place and modality (./rule-events.ts), and the stop frames and the overlap policy
// decide what stays. Candidates over-generate; ./merge.ts joins mentions of one real event.
import type { DocContext } from '../context.js';
import { inClutter, noTrace } from '../context.js';
import type { ExtractedEvent, Quote, Span } from '../record.js';
import { isHeadline } from './scan.js';
import { allegation, warnedAct, dropDatesBeyondOtherTriggers } from './derived.js';
import { settle } from './lazy.js';
import { MeetingMemory, attendsToldMeeting } from './anaphora.js';
import { describeSyntax, synTokens, syntaxOf } from '../syntax/index.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { grammarFor, ruleCandidate, type RuleDeps } from './rule-events.js';
import { EVENT_RULES, type EventRule } from './rules/index.js';
import { resolveOverlaps } from './overlap.js';
import { demandedBy, planContent, stoppedBy, talkTopic } from './frames.js';
import { senseOf } from './senses.js';
import { refersToMeeting } from './senses-meeting.js';
import { purposeOf, visitPurposeOf } from './purpose.js';
import { soughtBy } from './sought.js';
import { tokenAt } from '../syntax/tokens.js';

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
  /** "Before the talks, X met Y": a meeting its sentence times by another meeting told elsewhere is not that one. */
  besideReferred?: boolean;
  explicitModality: boolean;
}

export function findCandidates(ctx: DocContext, quotes: Quote[], rules: readonly EventRule[] = EVENT_RULES, mediators?: ReadonlySet<string>): Candidate[] {
  const grammar = grammarFor(rules);
  const out: Candidate[] = [];
  const quoteSpans: Span[] = quotes.map((q) => q.span);
  const memory = new MeetingMemory();
  const deps: RuleDeps = { quotes, quoteSpans, fallbackDate: () => memory.last()?.date ?? null, resolveGroup: (phrase) => memory.resolve(phrase)?.parties ?? null, mediators };
  for (const s of ctx.analysis.sentences) {
    const before = out.length;
    if (inClutter(ctx.clutter, [s.start, s.end])) continue;
    const sentence = ctx.text.slice(s.start, s.end);
    // A headline restates the story's events in telegraphic Title Case; its events are told again in the body.
    if (isHeadline(ctx.text, s.start, s.end, sentence)) continue;
    // A sentence with no key word of any rule yields nothing: its tokens are not even built (few sentences of a report
    // on talks, ~5-10%: the key words are common). Then tokens: the rules match on them; the rest of the syntax is
    // built only for a sentence with a match.
    if (!grammar.mayMatch(s.tokens)) continue;
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
      // "Their ministers also attended the meeting": more parties of the meeting just told, not another meeting.
      if (c.rule === 'consult.attend' && c.modality === 'asserted' && attendsToldMeeting(fullSyntax().tokens, m.triggerEnd) && memory.join(c)) {
        ctx.trace({ at: c.span[0], stage: 'events', rule: c.rule, outcome: 'skip', message: 'joins the meeting told before' });
        continue;
      }
      out.push(c);
      const claim = allegation(ctx, s, c) ?? warnedAct(ctx, fullSyntax(), c);
      if (claim) out.push(claim);
      if (c.event === 'CONSULT' && c.modality === 'asserted' && c.actor.length + c.recipient.length >= 2) { settle(c); memory.remember(c); }
      else if (c.event === 'CONSULT') memory.mention(c);
    }
    // `--explain` shows the chunks, verb groups and clauses the rules read, also where a rule matched and yielded
    // nothing (that is the miss a user debugs); building the picture costs, so only when tracing.
    if (ctx.trace !== noTrace && matches.length > 0) ctx.trace({ at: s.start, stage: 'syntax', rule: 'syntax', outcome: 'yield', message: describeSyntax(fullSyntax()) });
    if (out.length === before) continue;
    const x = fullSyntax();
    const kept = resolveOverlaps(unstopped(ctx, x, out.splice(before)), ctx.trace);
    for (const c of kept) settle(c);
    out.push(...kept);
    dropDatesBeyondOtherTriggers(kept, ctx);
  }
  return out;
}

/** Acts that can be a topic of talks rather than done: a party's own stance words (demands, accusations) are acts even
 * when talks are about them. */
const TOPIC_EVENTS = new Set(['AGREE', 'RETREAT', 'CONCEDE', 'AID', 'COOPERATE', 'ASSAULT', 'MOBILIZE', 'COERCE', 'SANCTION']);

/** Is meeting candidate `c` the purpose of another meeting candidate of its sentence ("flew to Cairo to meet X")? */
function isPurposeOf(x: SentenceSyntax, c: Candidate, cands: Candidate[]): boolean {
  const at = tokenAt(x.tokens, c.span[0]);
  const governor = purposeOf(x, at) ?? visitPurposeOf(x, at);
  if (!governor) return false;
  const within = (o: Candidate) => { const t = tokenAt(x.tokens, o.span[0]); return t >= governor[0] && t < governor[1]; };
  return cands.some((o) => o !== c && o.event === 'CONSULT' && within(o));
}

/** The candidates of a sentence that its senses and frames leave as events, then those that are no second mention of
 * another meeting of the sentence, marked when the sentence times them by a meeting told elsewhere. */
function unstopped(ctx: DocContext, x: SentenceSyntax, cands: Candidate[]): Candidate[] {
  const kept = withoutPurposes(ctx, x, cands.filter((c) => framedAsEvent(ctx, x, c)));
  // "Before the talks, X met Y": a meeting timed by another one told elsewhere is not that one (../events/merge.ts).
  if (kept.some((c) => c.event === 'CONSULT') && refersToMeeting(x)) for (const c of kept) if (c.event === 'CONSULT') c.besideReferred = true;
  return kept;
}

/** "would halt its shelling", "refrained from attacking": the word senses and frames (./senses.ts, ./frames.ts) that
 * say a candidate is no event, or change its modality. */
function framedAsEvent(ctx: DocContext, x: SentenceSyntax, c: Candidate): boolean {
  const t = tokenAt(x.tokens, c.span[0]);
  const sense = t < x.tokens.length ? senseOf(x, c.event, t, Math.max(t, tokenAt(x.tokens, c.span[1] - 1))) : null;
  if (sense) {
    ctx.trace({ at: c.span[0], stage: 'events', rule: c.rule, outcome: sense.drop ? 'skip' : 'yield', message: `${sense.id}: ${sense.why}` });
    if (sense.drop) return false;
    // A meeting called off did not happen, however it was planned ("the planned summit was cancelled"); a sense
    // over a negation ("did not rule out a meeting") reads it again; the other senses only qualify an act told as a fact.
    const over = c.modality === 'asserted' || sense.modality === 'negated' || (sense.overNegation && c.modality === 'negated');
    if (sense.modality && over) { c.modality = sense.modality; c.explicitModality = true; }
  }
  if (t >= x.tokens.length) return true;
  const stop = stoppedBy(x, t);
  // A demand's content is the demander's REQUEST (a REQUEST rule reads it), never the demanded act itself.
  const demand = c.event === 'REQUEST' ? null : demandedBy(x, t);
  // A plan's content is no act; the plan itself is read by the AGREE and REQUEST rules.
  const plan = c.event === 'REQUEST' || c.event === 'AGREE' ? null : planContent(x, t);
  // A topic of talks is no act ("met to discuss reopening the border"); the meeting is read by the CONSULT rules.
  const topic = TOPIC_EVENTS.has(c.event) ? talkTopic(x, t) : null;
  // A meeting asked for ("called for talks", "seeks mediation") is the asker's request, not a meeting.
  const sought = c.event === 'CONSULT' ? soughtBy(x, t) : null;
  if (!stop && !demand && !plan && !sought && !topic) return true;
  ctx.trace({ at: c.span[0], stage: 'events', rule: c.rule, outcome: 'skip',
    message: stop ? `frame: "${stop}" ends the act, so it is not one`
      : demand ? `frame: the content of a demand ("${demand}"), not an act`
        : sought ? `frame: what "${sought}" asks for, not a meeting`
          : topic ? `frame: a topic of talks ("${topic}"), not an act` : `frame: the content of a plan ("${plan}"), not an act` });
  return false;
}

/** "met in Vienna to discuss the border": a meeting verb that is the purpose of a meeting told here is that meeting. */
function withoutPurposes(ctx: DocContext, x: SentenceSyntax, cands: Candidate[]): Candidate[] {
  return cands.filter((c) => {
    if (c.event !== 'CONSULT' || !isPurposeOf(x, c, cands)) return true;
    ctx.trace({ at: c.span[0], stage: 'events', rule: c.rule, outcome: 'skip', message: 'frame: the purpose of a meeting or journey told here, not a second meeting' });
    return false;
  });
}

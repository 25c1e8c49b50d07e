// Event candidates from the token rules (./rules/): every rule runs in one pass over a sentence's tokens; each match's
// trigger head gets its roles from the syntax layer, its modality from the modality stage plus the clause it sits in,
// and its date, place and speaker as every event does.
import type { DocContext } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import type { Quote, Span } from '../record.js';
import { Grammar, type Match } from '../grammar/match.js';
import { classifyModality } from '../modality/classify.js';
import { isHedged } from '../modality/hedges.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { tokensAcross, type Worded } from '../syntax/phrases.js';
import { attachDate } from './date.js';
import type { Candidate } from './find.js';
import { acceptedBy, clauseFrame } from './frames.js';
import { findPlace } from './place.js';
import { defer } from './lazy.js';
import { reportedBy } from './reported-by.js';
import { chunkParties, DEFAULT_RECIPIENT_PREPS, nounRoles, verbRoles, type Roles } from './roles.js';
import { JOINED_TO_SAYING } from './verb-roles.js';
import { isLightVerb } from './noun-roles.js';
import { withRoles } from './role-options.js';
import { firstPersonClause, verblessUtterance, firstSince, genericDeals, laidDownByText, meetingGroup, pointsBack, representedStates, saidAsserted, sayerOf, theirEarlierMeeting } from './rule-readings.js';
import { EVENT_RULES } from './rules/index.js';
import { meetingNounParties } from './meeting-parties.js';
import { indexOf } from './role-index.js';
import { clauseVerb, groupAnaphor, headOf, quotedSpeaker, SIDE_WORDS, warringOf, type MatchHead } from './rule-heads.js';
import { demandedThing } from './demanded.js';
import { recitedPlanPoint } from './recited-points.js';
import type { EventRule } from './rules/types.js';

const grammars = new WeakMap<readonly EventRule[], Grammar<EventRule>>();

/** The compiled grammar for a rule set, compiled once per set (the default set once per process). */
export function grammarFor(rules: readonly EventRule[] = EVENT_RULES): Grammar<EventRule> {
  let g = grammars.get(rules);
  if (!g) { g = new Grammar<EventRule>(rules); grammars.set(rules, g); }
  return g;
}

export interface RuleDeps {
  quotes: Quote[];
  quoteSpans: Span[];
  fallbackDate: () => Candidate['date'];
  /** The parties of the meeting a phrase such as "the presidents" or "both leaders" refers back to, if any. */
  resolveGroup: (phrase: readonly Worded[]) => string[] | null;
  /** The report's mediators (./mediators.ts): no side of "both sides" or "the two parties". */
  mediators?: ReadonlySet<string>;
}

/** Categories whose verb, as a participle modifying a noun ("occupied zones", "shelled towns"), tells a state. */
const STATE_MODIFIER = new Set(['ASSAULT', 'COERCE']);

/** A demand's thing asked, for the merge (./demanded.ts). */
function askedOf(rule: EventRule, x: SentenceSyntax, after: number): { asked?: string } {
  const asked = rule.event === 'REQUEST' ? demandedThing(x, after) : null;
  return asked === null ? {} : { asked };
}

export function ruleCandidate(ctx: DocContext, s: Sentence, x: SentenceSyntax, m: Match<EventRule>, deps: RuleDeps): Candidate | null {
  const rule = m.rule;
  const span: Span = [x.tokens[m.triggerStart].start, x.tokens[m.triggerEnd - 1].end];
  const trace = (outcome: 'yield' | 'skip', message: string) => ctx.trace({ at: span[0], stage: 'events', rule: rule.id, outcome, message });
  const evidence = ctx.text.slice(span[0], span[1]);
  const head = headOf(x, m);
  if (!head) { trace('skip', `"${evidence}" has no verb or noun to hang roles on`); return null; }
  const participle = x.tokens[m.triggerStart].pos === 'VERB' || (x.tokens[m.triggerStart].pos === 'ADJ' && x.tokens[m.triggerStart].lower.endsWith('ed'));
  if (STATE_MODIFIER.has(rule.event) && 'chunk' in head && m.triggerEnd - 1 < x.chunks[head.chunk].head && participle) {
    // "the Russian-occupied plant", "annexed territories": a participle before its noun describes how things stand; the
    // party glued to it is no actor of an act told here.
    trace('skip', `"${evidence}" modifies a noun: a state of things, not an act`);
    return null;
  }
  const options = { roles: rule.roles, recipientPreps: rule.recipientPreps ?? DEFAULT_RECIPIENT_PREPS, quotes: deps.quoteSpans, entities: ctx.entities, meeting: rule.meeting ?? rule.event === 'CONSULT' };
  const roles: Roles = 'verb' in head ? verbRoles(x, x.verbs[head.verb], options, span) : nounRoles(x, x.chunks[head.chunk], options, span);
  const held = !roles.actor.length && rule.event === 'CONSULT' && 'chunk' in head ? meetingNounParties(x, x.chunks[head.chunk], options, span) : null;
  if (held) { roles.actor = held.actor; roles.how = held.how; }

  const sentence = ctx.text.slice(s.start, s.end);
  const ts = span[0] - s.start, te = span[1] - s.start;
  const headToken = 'verb' in head ? x.verbs[head.verb].head : x.chunks[head.chunk].head;
  // An agreement that is accepted or signed is agreed now, not a later act of the accepter's.
  const accepted = 'chunk' in head && rule.event !== 'AGREE' ? acceptedBy(x, head.chunk) : null;
  if (accepted && !roles.actor.length) roles.actor = accepted.subject !== null ? chunkParties(x, x.chunks[accepted.subject], options, span) : [];
  if (!roles.actor.length && rule.spokenBy) {
    // A threat told as its content ("chose targets for retaliatory strikes", "the attack would not go unanswered") is
    // the clause subject's, else the speaker's.
    const v = x.verbOf[headToken] >= 0 ? x.verbs[x.verbOf[headToken]] : clauseVerb(x, headToken);
    if (v) roles.actor = verbRoles(x, v, withRoles(options, 'svo'), span).actor;
    if (v && !roles.actor.length) roles.actor = sayerOf(x, v, options, span);
  } else if (rule.spokenBy && rule.saidAct && 'verb' in head) {
    // "Putin noted that Russia would revise its position": the threat is the speaker's as much as his side's.
    const country = new Set(roles.actor.map((id) => ctx.entities.byId(id)?.country).filter(Boolean));
    const sayer = sayerOf(x, x.verbs[head.verb], options, span).filter((id) => country.has(ctx.entities.byId(id)?.country));
    roles.actor = [...new Set([...roles.actor, ...sayer])];
  }
  if (!roles.actor.length && rule.spokenBy && ('verb' in head || firstPersonClause(x, headToken) || verblessUtterance(x, headToken))) {
    // "told Trump “such attacks will not go unanswered”", "“I have a lot of confidence in them”": inside a
    // quotation, whoever says it (a noun only where the speaker speaks of themselves: "a threat to Ukraine" is not).
    const q = deps.quotes.find((k) => span[0] < k.span[1] && span[1] > k.span[0]);
    if (q?.speaker && q.speaker !== 'anonymous' && ctx.entities.byId(q.speaker)) roles.actor = [q.speaker];
  }
  if (rule.saidBy) {
    // "Moscow said Kyiv must withdraw": the speaker asks, the subject of what is said is asked; saying it of oneself
    // ("we must be ready") is no demand.
    const speaker = 'verb' in head ? sayerOf(x, x.verbs[head.verb], options, span) : [];
    // An unnamed subject is asked only of an act ("the talks should include Europe"), not of a state ("any peace must
    // be just") or of what is to be done to it ("the issues must be settled").
    const asked = roles.actor.filter((id) => !speaker.includes(id));
    const v = 'verb' in head ? x.verbs[head.verb] : null;
    const acts = v !== null && !v.passive && x.tokens[v.head].lemma !== 'be';
    if (!speaker.length || (roles.actor.length ? !asked.length : !acts)) { trace('skip', `"${evidence}" is said by no party of another`); return null; }
    roles.actor = speaker; roles.recipient = asked;
  }
  if (!roles.actor.length) {
    const speaker = quotedSpeaker(x, head, deps.quotes, span);
    if (speaker) { roles.actor = [speaker]; roles.recipient = roles.recipient.filter((id) => id !== speaker); }
  }
  let viaAnaphora = false;
  let lentIds: string[] = [];
  // "The meeting concluded without a deal", "they left without an agreement": a noun trigger the verb's "without"
  // phrase holds is the verb subject's (not) doing.
  const host = 'chunk' in head && x.chunks[head.chunk].prep === 'without' && x.chunks[head.chunk].attachedTo?.kind === 'verb'
    ? x.verbs[x.chunks[head.chunk].attachedTo!.index] : null;
  if (host && !roles.actor.length) roles.actor = verbRoles(x, host, withRoles(options, 'svo'), span).actor;
  // "the two neighbours began negotiations": a noun trigger's light verb has the subject that may stand for the sides.
  const light = 'chunk' in head && !host ? (indexOf(x).objectOf.get(head.chunk) ?? [])
    .find((g) => isLightVerb(x.tokens[g.head].lemma, rule.event === 'CONSULT')) ?? null : null;
  const subjectChunk = 'verb' in head ? x.verbs[head.verb].subject : (host ?? light)?.subject ?? null;
  const group = subjectChunk !== null ? x.tokens.slice(x.chunks[subjectChunk].start, x.chunks[subjectChunk].end) : 'chunk' in head && rule.event === 'CONSULT' ? meetingGroup(x, head.chunk) : null;
  // "the two presidents spoke with European leaders": a subject naming no party of its own still stands for the
  // meeting's parties when the trigger's other parties came from its "with" phrase.
  const bareSubject = rule.event === 'CONSULT' && subjectChunk !== null && !chunkParties(x, x.chunks[subjectChunk], options, span).length;
  if ((!roles.actor.length || bareSubject) && group) {
    // "The presidents praised each other" after a meeting, "their first meeting since 2019", "the two leaders held
    // talks", "both parties agreed": the phrase stands for the parties of the meeting the report is about (and for the
    // states a group noun's envoys represent).
    // "Both sides agreed" after talks a third party mediated: the sides, not the mediator.
    const sidesOnly = (ids: string[] | null) => ids && deps.mediators?.size && group.some((t) => SIDE_WORDS.has(t.lower)) ? ids.filter((id) => !deps.mediators!.has(id)) : ids;
    const lent = sidesOnly(deps.resolveGroup(group));
    if (lent?.length) {
      const standing = [...lent, ...representedStates(ctx, lent, group)];
      lentIds = standing.filter((id) => !roles.actor.includes(id));
      roles.actor = [...new Set([...standing, ...roles.actor])];
      viaAnaphora = true;
    }
  }
  // "praised each other": the parties act on one another.
  const after = x.tokens[m.triggerEnd], after2 = x.tokens[m.triggerEnd + 1];
  if (after && after2 && ((after.lower === 'each' && after2.lower === 'other') || (after.lower === 'one' && after2.lower === 'another'))
    && roles.actor.length > 1) roles.recipient = [...roles.actor];
  if (rule.refersBack && 'chunk' in head && pointsBack(x, head.chunk, roles, options, span)) {
    trace('skip', `"${evidence}" refers back to an event already told and names no party of its own`);
    return null;
  }
  if (roles.actor.length && warringOf(x, head)) roles.actor = [];
  const sidesNeeded = !roles.actor.length && (rule.symmetric === true || groupAnaphor(x, head)
    || (rule.event === 'CONSULT' && theirEarlierMeeting(x, m.triggerStart, m.triggerEnd)));
  const accuserNeeded = !roles.actor.length && rule.event === 'ACCUSE' && roles.how === 'passive subject' && roles.recipient.length > 0;
  if (!roles.actor.length && !sidesNeeded && !accuserNeeded) { trace('skip', `"${evidence}" has no actor (${roles.how} names no party)`); return null; }
  // Modality only for a match that yields a candidate: about half of the matches name no actor.
  const classified = joinedToSaying(x, head, roles) ?? classifyModality({ syntax: x, offset: s.start }, sentence, ts, te);
  const framed0 = rule.modality ? { modality: rule.modality, cue: `rule(${rule.modality})` }
    : accepted ? { modality: 'future' as const, cue: `frame.accepted(${accepted.verb})` } : clauseFrame(x, headToken, classified);
  // "Russia would strike if ...": a threat is made by saying it; only a future or negated saying changes that.
  const said = saidAsserted(x, m, rule, framed0);
  const framed1 = (rule.named || held?.told) && 'chunk' in head && said.modality === 'future' && said.cue?.includes('purpose') === true
    ? { modality: 'asserted' as const, cue: `${held?.told ? 'held' : 'named'}(${said.cue})` } : said;
  // "will be their first meeting since October": what the phrase tells is the meeting before, in October — it happened.
  const framed2 = rule.event === 'CONSULT' && firstSince(x, m.triggerStart, m.triggerEnd) ? { modality: 'asserted' as const, cue: 'first-since' } : framed1;
  const framed = rule.event === 'CONSULT' && framed2.modality === 'asserted' && laidDownByText(x, head)
    ? { modality: 'future' as const, cue: 'laid-down-by-text' } : framed2;
  if (framed.modality !== 'asserted' && recitedPlanPoint({ text: ctx.text, words: (span) => tokensAcross(ctx.analysis, span) }, s.start, x)) {
    trace('skip', `"${evidence}" is a point a plan lays down, not an act of a party`);
    return null;
  }
  if (rule.minParties && new Set([...roles.actor, ...roles.recipient].filter((id) => !lentIds.includes(id))).size < rule.minParties) {
    trace('skip', `"${evidence}" names fewer than ${rule.minParties} parties`);
    return null;
  }
  if (rule.named && sidesNeeded && genericDeals(x, m.triggerStart, m.triggerEnd)) {
    trace('skip', `"${evidence}" counts many deals, not one agreement`);
    return null;
  }
  if (rule.named && sidesNeeded && (framed.modality === 'hypothetical' || framed.modality === 'future')) {
    // "if a peace deal is reached", "any future agreement": a deal spoken of only as a possibility, with no party of its own.
    trace('skip', `"${evidence}" is a deal only spoken of as possible (${framed.cue}), with no party of its own`);
    return null;
  }
  const future = framed.modality === 'future', tiedTo = deps.fallbackDate();
  const c: Candidate = {
    id: '', event: rule.event, mode: rule.mode, actor: roles.actor, recipient: roles.recipient,
    date: null,
    where: null,
    modality: framed.modality,
    reported_by: reportedBy(ctx, x, span, deps.quotes),
    hedged: isHedged(x),
    context: [],
    span,
    sentence: [s.start, s.end],
    rule: rule.id,
    sidesNeeded,
    ...(accuserNeeded ? { accuserNeeded } : {}),
    ...askedOf(rule, x, m.triggerEnd),
    viaAnaphora,
    inferred: lentIds,
    // "X held talks with Y": a noun told by its light verb's clause is told as it is, not a bare mention lent another's.
    explicitModality: framed.cue !== null || roles.how === 'light verb',
  };
  // Filled in only if the candidate survives the stop frames and the overlap policy (see ./lazy.ts).
  defer(c, (k) => { k.date = attachDate(ctx, s, sentence, ts, future, tiedTo); k.where = findPlace(ctx, s, sentence, ts, te, rule.mode === 'visit'); });
  trace('yield', `${rule.event}${rule.mode ? '/' + rule.mode : ''} ${c.modality}${framed.cue ? ' (' + framed.cue + ')' : ''}; roles from ${roles.how}`);
  return c;
}

/** "X said the warrant would not be withdrawn and accused Y": a past speech act joined to a reported clause is the
 * speaker's own act (./verb-roles.ts gives it the speaker), so the reported clause's "would" is no mark of it. */
function joinedToSaying(x: SentenceSyntax, head: MatchHead, roles: Roles): { modality: 'asserted'; cue: string } | null {
  if (roles.how !== JOINED_TO_SAYING || !('verb' in head)) return null;
  const v = x.verbs[head.verb];
  return v.tense === 'past' && v.modal === null && !v.negated ? { modality: 'asserted', cue: 'scope.joined-to-saying' } : null;
}

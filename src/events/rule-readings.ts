// What a rule match's sentence tells beyond its roles: who a meeting noun or a group phrase stands for, who says a
// reported clause, and when an act done by saying it keeps its own wording's negation or future. Read by
// rule-events.ts for every token-rule match.
import type { DocContext } from '../context.js';
import type { Span } from '../record.js';
import type { Match } from '../grammar/match.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { prepositionGerund } from '../syntax/index.js';
import type { Candidate } from './find.js';
import { chunkParties, speakerOf, type RoleOptions, type Roles } from './roles.js';
import { hanging } from './role-index.js';
import type { EventRule } from './rules/types.js';
import { OTHER_OR_MANY } from '../words/deals.js';
import { GROUP_NOUNS } from '../words/meeting.js';
import { hasWord, type Worded } from '../syntax/phrases.js';

/** "I" and "we": inside a quotation the first person is its speaker. The tokenizer keeps a contraction whole ("I’m",
 * "we’ll"), so those forms are listed with both apostrophes. */
export const FIRST_PERSON = new Set(['i', 'we', ...['m', 've', 'll', 'd'].flatMap((s) => [`i’${s}`, `i'${s}`]),
  ...['re', 've', 'll', 'd'].flatMap((s) => [`we’${s}`, `we'${s}`])]);

export const words = (x: SentenceSyntax, c: { start: number; end: number }) => x.tokens.slice(c.start, c.end).map((t) => t.text).join(' ');

/** "the first in-person meeting (with X) since 2019": "first" a few words before the meeting noun, "since" a few after,
 * with no clause break between. */
export function firstSince(x: SentenceSyntax, start: number, end: number): boolean {
  let first = false;
  for (let k = start - 1; k >= 0 && k >= start - 5 && !first; k--) {
    const t = x.tokens[k];
    if (t.lower === 'first') first = true;
    else if ((t.pos === 'PUNCT' && t.lower !== '-') || t.pos === 'AUX') return false;
  }
  if (!first) return false;
  for (let k = end; k < x.tokens.length && k < end + 8; k++) {
    const t = x.tokens[k];
    if (t.lower === 'since') return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** "their first direct meeting since 2015" with no party of its own: the meeting before, of the report's two sides
 * (as the legacy meeting finder read it). */
export function theirEarlierMeeting(x: SentenceSyntax, start: number, end: number): boolean {
  if (!firstSince(x, start, end)) return false;
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) if (x.tokens[k].lower === 'their') return true;
  return false;
}

/** Verbs whose subject takes part in the meeting their object names ("held talks", "began a summit"). */
const HOLDING = new Set(['hold', 'have', 'conduct', 'begin', 'start', 'open', 'resume', 'continue', 'conclude', 'attend']);

/** "their talks": the owner a possessive "their" names is "they". */
const THEY: readonly Worded[] = [{ lower: 'they', pos: 'PRON' }];

/** Who a meeting noun with no party of its own may stand for: "their" opening it, or the subject of the light verb
 * that holds it ("the two leaders held talks"): the words of that phrase. */
export function meetingGroup(x: SentenceSyntax, chunk: number): readonly Worded[] | null {
  const c = x.chunks[chunk];
  if (x.tokens[c.start].lower === 'their') return THEY;
  const v = x.verbs.find((g) => g.object === chunk && g.subject !== null && HOLDING.has(x.tokens[g.head].lemma));
  return v ? x.tokens.slice(x.chunks[v.subject!].start, x.chunks[v.subject!].end) : null;
}

/** Verbs by which a text lays down what is to happen ("the deal includes", "the accord provides for"). */
const LAYS_DOWN = new Set(['include', 'envisage', 'envision', 'foresee', 'provide', 'stipulate', 'set', 'establish']);
/** Nouns for a text agreed or proposed: what it lays down is still to come. */
const TEXT_NOUNS = new Set(['deal', 'agreement', 'accord', 'plan', 'framework', 'declaration', 'text', 'roadmap', 'proposal', 'truce', 'ceasefire', 'memorandum', 'statement']);

/** "The deal includes follow-up meetings": a meeting a deal or plan lays down is planned, not held. The trigger is the
 * object of such a verb (or of its "for" phrase), or sits in its verb group when the tagger read a word of it as a verb
 * ("includes follow - up"), and the verb's subject is a text noun. */
export function laidDownByText(x: SentenceSyntax, head: { verb: number } | { chunk: number }): boolean {
  let v: SentenceSyntax['verbs'][number] | undefined;
  if ('verb' in head) v = x.verbs[head.verb];
  else {
    const c = x.chunks[head.chunk];
    v = c.prep === 'for' && c.attachedTo?.kind === 'verb' ? x.verbs[c.attachedTo.index] : x.verbs.find((g) => g.object === head.chunk);
  }
  if (!v || v.subject === null || !x.tokens.slice(v.start, v.end).some((t) => LAYS_DOWN.has(t.lemma))) return false;
  return TEXT_NOUNS.has(x.tokens[x.chunks[v.subject].head].lemma);
}

/** Words that make plural deal nouns a count of past or many deals, not one agreement ("multiple ceasefires and peace
 * agreements", "previous truces"). */

/** "Despite multiple ceasefires and peace agreements": a plural deal noun after such a word, in the same phrase or its
 * coordination, with no party of its own, names no specific agreement. */
export function genericDeals(x: SentenceSyntax, start: number, end: number): boolean {
  if (!x.tokens.slice(start, end).some((t) => t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s'))) return false;
  for (let k = start - 1; k >= 0 && k >= start - 5; k--) {
    const t = x.tokens[k];
    if (OTHER_OR_MANY.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || (t.pos === 'PUNCT' && t.lower !== ',')) return false;
  }
  return false;
}

/** "Both parties agreed" after envoys met: the phrase stands for the states the envoys represent, too. */
export function representedStates(ctx: DocContext, parties: string[], phrase: readonly Worded[]): string[] {
  if (!hasWord(phrase, GROUP_NOUNS)) return [];
  const countries = new Set(parties.map((id) => ctx.entities.byId(id)?.country).filter(Boolean));
  return ctx.entities.entities.filter((e) => e.kind === 'state' && countries.has(e.country) && !parties.includes(e.id)).map((e) => e.id);
}

/** Does a verb group of the clause holding `token` have "I" or "we" as its subject? */
export function firstPersonClause(x: SentenceSyntax, token: number): boolean {
  return x.verbs.some((g) => g.clause === x.clauseOf[token] && g.subject !== null && FIRST_PERSON.has(x.tokens[x.chunks[g.subject].head].lower));
}

/** "“Congratulations to Qatar for the deal.”": a noun that opens its sentence with no verb taking it as subject is an
 * utterance on its own, said by whoever speaks it. */
export function verblessUtterance(x: SentenceSyntax, token: number): boolean {
  const chunk = x.chunkOf[token];
  if (chunk < 0) return false;
  for (let k = 0; k < x.chunks[chunk].start; k++) if (x.tokens[k].pos !== 'PUNCT') return false;
  // "for using common sense": a gerund after a preposition takes it as subject, yet tells no verb of its own.
  return !x.verbs.some((g) => g.subject === chunk && !prepositionGerund(x, g));
}

/** Who says the clause holding `v`: the speaker of a reported clause, or the subject of the verb a that-clause
 * completes ("Trump has made clear that Kyiv must ..."). */
export function sayerOf(x: SentenceSyntax, v: SentenceSyntax['verbs'][number], options: Parameters<typeof chunkParties>[2], span: Span): string[] {
  const said = speakerOf(x, v, options, span);
  const clause = x.clauses[v.clause];
  if (said.length || clause.kind !== 'subordinate' || clause.cue !== 'that' || clause.parent === null) return said;
  // "Moscow's position that Kyiv must ...": a stance noun's owner says it.
  const before = x.chunkOf[clause.start - 1] ?? -1;
  const owner = before >= 0 && x.chunks[before].head === clause.start - 1 ? x.chunks[before].possessor : null;
  if (owner !== null) return chunkParties(x, x.chunks[owner], options, span);
  for (let k = v.index - 1; k >= 0; k--) {
    const g = x.verbs[k];
    if (g.clause === clause.parent && g.end <= clause.start) return g.subject === null ? [] : chunkParties(x, x.chunks[g.subject], options, span);
  }
  return [];
}

const FUTURE_MODALS = new Set(['will', 'would', "'ll", 'wo', 'shall']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/**
 * The modality of an act done by saying it. "Russia would strike if ...": a condition in a threat's content does not
 * make the threat hypothetical; "will not go unanswered", "would not accept": a negation inside the trigger is the
 * act's own wording, not its denial; "X said Kyiv must not join": a demand's content does not qualify the demand.
 */
export function saidAsserted(x: SentenceSyntax, m: Match<EventRule>, rule: EventRule, framed: { modality: Candidate['modality']; cue: string | null }) {
  const asserted = (why: string) => ({ modality: 'asserted' as const, cue: `${why}(${framed.cue})` });
  if (framed.modality === 'asserted') return framed;
  if (rule.saidBy) return asserted('said-by');
  if (rule.saidAct && framed.modality === 'hypothetical') return asserted('said-act');
  // "said it would retaliate", "would now revise its position": the future is the threat's content.
  if (rule.saidAct && framed.modality === 'future' && x.tokens.slice(m.start, m.end).some((t) => FUTURE_MODALS.has(t.lower))) return asserted('said-act');
  // Only for acts done by saying: a rule that fixes its own modality ("no deal was reached" is negated) keeps it.
  const saying = (rule.saidAct || rule.spokenBy) && !rule.modality;
  if (saying && framed.modality === 'negated' && x.tokens.slice(m.triggerStart, m.triggerEnd).some((t) => NEGATIONS.has(t.lower))) return asserted('negation-worded');
  return framed;
}

/** Determiners by which a noun points back to something already told ("the attack", "that offensive"). */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** The ways a noun's own phrase names its doer (./noun-roles.ts), or its author is named ("responsible for the attack"):
 * not a light verb's or a governing clause's subject. */
const OWN_DOER = new Set(['possessor', 'modifier', 'by-phrase', 'between', 'who answers for it']);

/** "Zelenskyy said the attack showed ...": a noun opened by "the/this/that" names an event already told, unless its own
 * phrase names a party (its doer, or a target hanging on it: "the attack on Kyiv"). */
export function pointsBack(x: SentenceSyntax, chunk: number, roles: Roles, o: RoleOptions, span: Span): boolean {
  const c = x.chunks[chunk];
  if (!DEFINITE.has(x.tokens[c.start].lower)) return false;
  if (roles.actor.length && OWN_DOER.has(roles.how)) return false;
  return !hanging(x, 'chunk', chunk, o.recipientPreps).some((ch) => chunkParties(x, ch, o, span).length > 0);
}

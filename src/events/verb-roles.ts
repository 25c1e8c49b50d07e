// Who acts and who is acted on for a verb trigger: its subject, object and by-agent, with the links that stand in
// for a missing subject (bound pronoun, adverbial clause, reported speech, antecedent) or recipient (prepositional
// phrases, a complement verb's object).
import type { Span } from '../record.js';
import type { SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { TIME_NOUNS } from '../syntax/lexicon.data.js';
import { finish, withRoles, type RoleOptions, type Roles } from './role-options.js';
import { hanging, indexOf, sharedObject } from './role-index.js';
import { chunkParties } from './phrase-parties.js';
import { referredTo } from './referred-parties.js';
import { ACCUSING, PRAISING } from '../words/judging.js';
import { authoredParticiple } from './authored.js';
import { DECREE_NOUNS } from '../words/deals.js';
import { adverbialSubject, boundPronoun, reporterOfCoordinated, reportingSubject } from './subject-links.js';

/** How roles read from the speaker of the reported clause a speech act is joined to ("said ... and accused X"). */
export const JOINED_TO_SAYING = 'speaker of the clause it is joined to';
/** Participles that, before their preposition and with no by-agent, tell what their subject holds or does: "is opposed
 * to the plan" (a stance), "is expected in Baghdad" (an arrival). The subject is the doer, not the one acted on. */
const SUBJECT_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ...['opposed', 'committed', 'dedicated', 'determined', 'resigned', 'devoted', 'inclined', 'disposed', 'prepared', 'used', 'accustomed']
    .map((w) => [w, 'to'] as const),
  ['expected', 'in'],
]);

export function verbRoles(x: SentenceSyntax, v: VerbGroup, o: RoleOptions, trigger: Span): Roles {
  const parties = (c: number | null) => (c === null ? [] : chunkParties(x, x.chunks[c], o, trigger));
  // "Putin gave no sign that he would accept it", "a Kremlin spokesman said he agreed": he/she in a dependent clause is
  // the subject of the clause it depends on.
  const bound = boundPronoun(x, v);
  const adverbial = adverbialSubject(x, v);
  let actor = bound !== null ? parties(bound) : adverbial !== null ? parties(adverbial) : [];
  if (!actor.length) actor = parties(v.subject);
  let how = v.subjectLent ? 'lent subject' : 'subject';
  const agentChunk = v.agent ?? participleAgent(x, v);
  const repaired = actor.length || agentChunk !== null ? null : misreadSubject(x, v, o, trigger);
  if (repaired) ({ actor, how } = repaired);
  // "Pakistan reopened its border with Afghanistan": an object the subject owns names no other party.
  let recipient = parties(v.object ?? sharedObject(x, v)).filter((id) => !actor.includes(id));
  if (!actor.length) {
    // "X said the truce was backed by Y and called for calm": the speaker, not the truce, called for it.
    const reporter = reporterOfCoordinated(x, v);
    if (reporter !== null) { actor = parties(reporter); how = JOINED_TO_SAYING; }
  }
  if (!actor.length && v.subject !== null) {
    // "a truce between X and Y took effect": the subject noun's own parties act.
    const own = hanging(x, 'chunk', v.subject, ['between', 'among']).flatMap((ch) => chunkParties(x, ch, o, trigger));
    if (own.length) { actor = own; how = 'parties of the subject noun'; }
  }
  if (!actor.length) {
    // "Switzerland said it had expelled ...": an unresolved pronoun in reported speech is the speaker.
    const speaker = reportingSubject(x, v);
    if (speaker !== null) { actor = parties(speaker); how = 'speaker of the reported clause'; }
  }
  if (!actor.length && v.subject !== null) {
    // "he agreed", "the group insisted": the party the pronoun or description refers back to.
    actor = referredTo(x, x.chunks[v.subject], o, recipient);
    if (actor.length) how = 'antecedent of the subject';
  }
  if (!recipient.length) {
    // "deported dozens of fighters to Syria": the phrase may hang on the verb, its object, or what hangs on the object.
    const onObject = v.object === null ? [] : [v.object, ...hanging(x, 'chunk', v.object, ['of']).map((c) => c.index)];
    // "reneged on the deal with Kosovo", "met in Geneva with X", "spoke by phone with X": one more phrase may hang on a
    // phrase that hangs on the verb.
    const onVerb = hanging(x, 'verb', v.index, [...o.recipientPreps, 'on', 'over', 'about', 'in', 'at', 'by', 'via']).map((c) => c.index);
    // "were angered and appalled by X": a verb coordinated inside the trigger's own words is the same act.
    const joined = inTrigger(x, v, trigger).flatMap((w) => hanging(x, 'verb', w.index, o.recipientPreps));
    const viaPrep = [...hanging(x, 'verb', v.index, o.recipientPreps), ...joined,
      ...[...onObject, ...onVerb].flatMap((c) => hanging(x, 'chunk', c, o.recipientPreps))];
    recipient = viaPrep.flatMap((c) => chunkParties(x, c, o, trigger));
    const objects = [...(v.object === null ? [] : [x.chunks[v.object]]), ...viaPrep];
    // "praised the efforts of Egypt", "welcomed the role of Qatar": the object's "of" phrase names whose act it is,
    // before "the efforts" is read as referring back to a party named earlier.
    if (!recipient.length) recipient = ofObject(x, v, o, trigger).filter((id) => !actor.includes(id));
    if (!recipient.length) recipient = objects.flatMap((c) => referredTo(x, c, o, actor)).slice(0, 1);
  }
  if (!recipient.length) {
    // "refused to meet Zelenskyy", "agreed to talk with Kyiv": the complement verb's object is the recipient.
    const next = x.verbs[v.index + 1];
    // "insisted on negotiating with Kinshasa": a gerund after a preposition is a complement too.
    const gerund = next && next.start === v.end + 1 && x.tokens[v.end].pos === 'ADP' && x.tokens[next.head].lower.endsWith('ing');
    if (next && ((next.infinitive && next.start <= v.end + 1 && x.clauses[next.clause].parent === v.clause) || gerund)) {
      recipient = [...parties(next.object), ...hanging(x, 'verb', next.index, o.recipientPreps).flatMap((c) => chunkParties(x, c, o, trigger))];
    }
  }
  // "Turkey is opposed to the plan", "Hamas is committed to the truce", "a delegation is expected in Baghdad": such a
  // participle (SUBJECT_PARTICIPLES) with no by-agent is an adjective; its subject holds the stance or comes.
  const stance = v.passive && v.agent === null && SUBJECT_PARTICIPLES.get(x.tokens[v.head].lower) === x.tokens[v.end]?.lower;
  if (!stance && (v.passive || agentChunk !== null || o.roles === 'passive')) {
    const agent = parties(agentChunk);
    if (agent.length) { recipient = actor; actor = agent; how = 'by-agent'; }
    // "Rwanda was accused of ...", "the convoy was attacked": with no by-agent the subject is the one acted on.
    else if (o.roles === 'svo' && v.passive && how === 'subject') { recipient = [...actor, ...recipient]; actor = []; how = 'passive subject'; }
  }
  if (o.roles === 'ovs') [actor, recipient] = [recipient, actor];
  // "Eritrean troops fought alongside Ethiopian forces", "signed, together with Qatar, ...": who does it alongside
  // the doer does it too.
  if (actor.length && o.roles !== 'ovs') {
    const alongside = hanging(x, 'verb', v.index, ['alongside']).flatMap((c) => chunkParties(x, c, o, trigger));
    actor = [...actor, ...alongside.filter((id) => !actor.includes(id))];
    recipient = recipient.filter((id) => !alongside.includes(id));
  }
  return finish(actor, recipient, o, how);
}

const NONFINITE = new Set(['infinitive', 'purpose', 'participle']);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/** "he wished to “express satisfaction”": a quotation mark between "to" and its verb hides the verb it completes. */
function quotedInfinitiveOf(x: SentenceSyntax, v: VerbGroup): VerbGroup | null {
  if (v.subject !== null || v.start < 3 || !QUOTE_MARKS.has(x.tokens[v.start - 1].lower) || x.tokens[v.start - 2].lower !== 'to') return null;
  const k = x.verbOf[v.start - 3];
  return k >= 0 ? x.verbs[k] : null;
}

/**
 * Where the syntax took the wrong phrase as the subject, the doer read another way: the earlier verb's doer for a
 * gerund or joined verb, the verb before a quoted infinitive, the name before a time phrase or an apposition.
 */
function misreadSubject(x: SentenceSyntax, v: VerbGroup, o: RoleOptions, trigger: Span): { actor: string[]; how: string } | null {
  const svo = withRoles(o, 'svo');
  const owner = misLentFrom(x, v);
  if (owner) return { actor: verbRoles(x, owner, svo, trigger).actor, how: 'subject of the verb whose object was lent' };
  const wisher = quotedInfinitiveOf(x, v);
  if (wisher) return { actor: verbRoles(x, wisher, svo, trigger).actor, how: 'subject of the verb before the quoted infinitive' };
  const dated = nameBeforeTime(x, v);
  const datedActor = dated === null ? [] : chunkParties(x, x.chunks[dated], o, trigger);
  if (datedActor.length) return { actor: datedActor, how: 'name before a time phrase' };
  // An infinitive's or participle's subject is the governing verb's to read, not this one's: "X, a member of the
  // commission, told reporters ..., calling on Ankara" reads the apposition where the finite verb that lent it stands.
  const host = v.infinitive || NONFINITE.has(x.clauses[v.clause].kind) ? lenderOf(x, v) : v;
  const named = host === null ? null : appositionOf(x, host) ?? appositionAfter(x, host);
  if (named !== null) {
    const own = chunkParties(x, x.chunks[named], o, trigger);
    const glossed = own.length ? null : beforeGloss(x, named);
    return { actor: glossed === null ? own : chunkParties(x, x.chunks[glossed], o, trigger), how: 'apposition of the subject' };
  }
  return null;
}

/** The finite verb whose own subject a non-finite verb's lent subject is. */
function lenderOf(x: SentenceSyntax, v: VerbGroup): VerbGroup | null {
  if (!v.subjectLent || v.subject === null) return null;
  return x.verbs.find((g) => g.index < v.index && !g.subjectLent && g.subject === v.subject && !g.infinitive) ?? null;
}

/** "Kenzo Oshima, the UN relief coordinator, demanded ...": a subject no entity names takes the party of the apposition
 * between commas after it. */
/** "Kurdistan Workers' Party (PKK) fighters": the name before a gloss in brackets modifies the noun after it. */
function beforeGloss(x: SentenceSyntax, chunk: number): number | null {
  const c = x.chunks[chunk];
  if (x.tokens[c.start - 1]?.lower !== ')') return null;
  for (let k = c.start - 2; k >= 0 && k >= c.start - 8; k--) {
    if (x.tokens[k].lower !== '(') continue;
    const before = x.chunkOf[k - 1] ?? -1;
    return before >= 0 && x.chunks[before].end === k ? before : null;
  }
  return null;
}

function appositionAfter(x: SentenceSyntax, v: VerbGroup): number | null {
  if (v.subject === null) return null;
  const c = x.chunks[v.subject];
  if (x.tokens[c.end]?.lower !== ',') return null;
  const k = x.chunkOf[c.end + 1];
  const next = k >= 0 ? x.chunks[k] : null;
  if (!next || next.start !== c.end + 1 || next.prep !== null || next.end >= v.start || x.tokens[next.end]?.lower !== ',') return null;
  return next.index;
}

/** "proposals seen as leaning towards Moscow and welcomed by Putin": a participle with "by" right after it has its
 * agent there even where the syntax read no passive. */
function participleAgent(x: SentenceSyntax, v: VerbGroup): number | null {
  if (v.passive || !x.tokens[v.head].lower.endsWith('ed') || x.tokens[v.end]?.lower !== 'by') return null;
  const c = x.chunkOf[v.end + 1];
  return c >= 0 && x.chunks[c].start === v.end + 1 ? c : null;
}

/** A verb that blames or praises its object for what its "of"/"for" phrase tells. */
const judges = (lemma: string) => ACCUSING.has(lemma) || PRAISING.has(lemma);

/** Words that join a verb to an earlier one as a second act of the same doer. */
const JOINERS = new Set(['and', 'but', 'yet']);

/**
 * "opened the briefing by praising X", "said it was committed to ending the war but insisted that": a gerund after a
 * preposition, or a verb joined by "and"/"but", whose subject the syntax took from an earlier verb's object (the briefing, the
 * war) is done by that earlier verb's doer. An infinitive keeps the object as its doer ("urged the army to withdraw").
 */
function misLentFrom(x: SentenceSyntax, v: VerbGroup): VerbGroup | null {
  if (v.subject === null || v.infinitive || v.start === 0) return null;
  const before = x.tokens[v.start - 1];
  const ing = x.tokens[v.head].lower.endsWith('ing');
  const gerund = before.pos === 'ADP' && ing;
  if (!gerund && !JOINERS.has(before.lower) && !authoredParticiple(x, v) && !(ing && decreeActs(x, v))) return null;
  const owner = x.verbs.find((g) => g.index < v.index && g.object === v.subject) ?? null;
  // "accused the army of shelling", "thanked Qatar for hosting": the one blamed or praised did it, as lent.
  if (owner && gerund && (before.lower === 'of' || before.lower === 'for') && judges(x.tokens[owner.head].lemma)) return null;
  return owner;
}

/** "signed a decree pardoning 52 prisoners": a participle right after the decree that is its subject does what the
 * decree orders, so whoever issued the decree (the verb whose object it is) acts. */
function decreeActs(x: SentenceSyntax, v: VerbGroup): boolean {
  const c = x.chunks[v.subject!];
  return c.end === v.start && DECREE_NOUNS.has(x.tokens[c.head].lemma);
}

/**
 * "Moussa Faki, Chairman of the AU Commission, welcomed ...", "President Ruto, spending the weekend at home, opened
 * ...": when the syntax takes the title or participle between commas as the subject, the name before the first comma
 * is the doer — a bare phrase, not the object of a verb or a preposition ("In Kyiv, officials said" names no doer).
 */
function appositionOf(x: SentenceSyntax, v: VerbGroup): number | null {
  if (v.subject === null || v.subject === 0) return null;
  const c = x.chunks[v.subject];
  // The apposition is closed by a comma before the verb ("..., welcomed"); a participle modifying a noun has none.
  if (c.prep !== null || c.end >= v.start || !x.tokens.slice(c.end, v.start).some((t) => t.lower === ',')) return null;
  // The comma opening the apposition: right before the subject, or a few words before it when the syntax split a
  // participle phrase ("spending the weekend") into chunks.
  let k = c.start - 1;
  while (k > 0 && k >= c.start - 4 && x.tokens[k].lower !== ',' && x.verbOf[k] < 0) k--;
  if (k < 1 || x.tokens[k].lower !== ',') return null;
  const name = x.chunks[x.chunkOf[k - 1]];
  if (!name || name.end !== k || name.prep !== null || indexOf(x).objectOf.has(name.index)) return null;
  return name.index;
}

/** "President Ruto this week approved the plan": a bare time phrase the syntax took as the subject follows the name
 * that is. */
function nameBeforeTime(x: SentenceSyntax, v: VerbGroup): number | null {
  if (v.subject === null || v.subject === 0 || x.tokens[v.head].lower.endsWith('ing')) return null;
  const c = x.chunks[v.subject], before = x.chunks[v.subject - 1];
  if (c.prep !== null || !TIME_NOUNS.has(x.tokens[c.head].lower) || before.end !== c.start || before.prep !== null) return null;
  // The name opens the clause: not a verb's object or a possessed phrase ("following Israel's intervention this week").
  if (before.possessor !== null || indexOf(x).objectOf.has(before.index) || indexOf(x).possessed.has(before.index)) return null;
  return before.index;
}

/** The verb groups after `v` that the trigger's evidence itself covers ("angered and appalled"). */
function inTrigger(x: SentenceSyntax, v: VerbGroup, trigger: Span): VerbGroup[] {
  const out: VerbGroup[] = [];
  for (let k = v.index + 1; k < x.verbs.length && x.tokens[x.verbs[k].head].start < trigger[1]; k++) out.push(x.verbs[k]);
  return out;
}

/** Nouns for what a party does or says: their "of" phrase names the party ("the efforts of Qatar", "the claims of
 * Moscow"). A place or thing ("the headquarters of the division", "the outcome of the talks") names an owner or a topic. */
const DOINGS = new Set(['role', 'roles', 'effort', 'efforts', 'contribution', 'contributions', 'mediation', 'leadership', 'commitment',
  'initiative', 'proposal', 'proposals', 'offer', 'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations',
  'statement', 'statements', 'remarks', 'comments', 'position', 'stance', 'decision', 'demand', 'demands', 'request', 'call', 'calls',
  'conduct', 'actions', 'policy', 'policies', 'approach', 'work']);

/** Parties of the "of" phrase on the verb's object when the object is a doing ("the role of Qatar"). */
function ofObject(x: SentenceSyntax, v: VerbGroup, o: RoleOptions, trigger: Span): string[] {
  if (v.object === null || !DOINGS.has(x.tokens[x.chunks[v.object].head].lower)) return [];
  return hanging(x, 'chunk', v.object, ['of']).filter((c) => c.index !== v.object).flatMap((c) => chunkParties(x, c, o, trigger));
}

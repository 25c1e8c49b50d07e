// Who acts and who is acted on for a noun trigger: its possessor, a party modifying it, the prepositional phrases that
// hang on it, or the subject of the light verb it is the object of ("launched an attack on X").
import type { Span } from '../record.js';
import type { Chunk, SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { finish, withRoles, type RoleOptions, type Roles } from './role-options.js';
import { hanging, indexOf, nested } from './role-index.js';
import { chunkParties, PARTY_KINDS, sharedModifiers } from './phrase-parties.js';
import { referredTo } from './referred-parties.js';
import { verbRoles } from './verb-roles.js';
import { exchangeGivers } from './exchange.js';
import { TRAVEL_VERBS } from '../words/meeting.js';

/** Verbs whose object noun names the act they perform: "launched an offensive", "imposed a curfew". */
const LIGHT_VERBS = new Set(['launch', 'impose', 'stage', 'hold', 'carry', 'conduct', 'announce', 'order', 'begin', 'start',
  'declare', 'make', 'offer', 'provide', 'promise', 'vow', 'pledge', 'threaten', 'warn', 'issue', 'deliver', 'send', 'voice', 'express', 'speed', 'accelerate', 'execute', 'complete', 'finalize', 'finalise', 'implement', 'intensify', 'step', 'mount', 'reimpose', 'extend', 'lead', 'organize', 'organise', 'give', 'deliver', 'send',
  // handing a text over: "submitted a proposal to Kosovo", "tabled a draft", "renewed its call"
  'submit', 'table', 'hand', 'forward', 'relay', 'transmit', 'convey', 'circulate', 'lodge', 'file', 'renew', 'reiterate', 'repeat', 'restate']);
/** Verbs whose subject is the one a sent thing reaches: "Hamas received a proposal from Israel". */
const RECEIVING_VERBS = new Set(['receive', 'get', 'obtain']);
/** Verbs whose subject takes part in the meeting their object names: "had a call", "wrapped up a round of talks". */
const MEETING_LIGHT_VERBS = new Set(['have', 'wrap', 'conclude', 'end', 'resume', 'open', 'continue', 'finish', 'join', 'chair', 'enter', 'initiate', 'include',
  'propose', 'suggest']);

/** A verb whose subject performs (or, for a meeting, takes part in) the act its object noun names. */
export const isLightVerb = (lemma: string, meeting: boolean) => LIGHT_VERBS.has(lemma) || (meeting && MEETING_LIGHT_VERBS.has(lemma));
/** "claimed a raid", "claimed the bombing": claiming an attack is claiming to have done it (not so a deal or a town). */
const CLAIMED_ATTACKS = new Set(['attack', 'attacks', 'raid', 'raids', 'bombing', 'bombings', 'ambush', 'ambushes', 'assault', 'strike', 'strikes']);


/** Verbs of answering an act: the noun after their "with" is the answer, done by their subject. */
const RESPONSE_VERBS = new Set(['respond', 'retaliate', 'react', 'reply', 'answer', 'counter', 'hit', 'strike']);

/** Words by which a party owns an act as its author: "responsible for", "claimed responsibility for". */
const AUTHORSHIP = new Set(['responsible', 'responsibility']);

/** Is the phrase the "for" object of "responsible" / "responsibility"? */
function answersFor(x: SentenceSyntax, c: Chunk): boolean {
  return c.prep === 'for' && c.start >= 2 && AUTHORSHIP.has(x.tokens[c.start - 2].lower);
}

/** Possessive pronouns opening a noun phrase: whose act it is refers back. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const PERSONAL_POSSESSIVES = new Set(['his', 'her']);

/** Prepositions that place a meeting in time around the clause: "during talks with X, Y said" — Y took part. */
const TIME_PREPS = new Set(['during', 'after', 'following', 'at', 'before', 'ahead']);

/** Participles that, with no subject of their own, place their object in time as a preposition does ("flew home on
 * Monday following a trip to X"): the meeting they name is the doer of the clause they qualify. */
const TIME_PARTICIPLES = new Set(['follow', 'precede']);

/** The verb whose clause a time participle holding meeting noun `c` qualifies: the nearest verb before it in its
 * clause that has a subject, else the main verb after it ("Following talks with X, Y said"). */
function timedBy(x: SentenceSyntax, c: Chunk): VerbGroup | undefined {
  const p = (indexOf(x).objectOf.get(c.index) ?? []).find((g) => (g.subject === null || g.subjectLent) && g.start === g.head
    && TIME_PARTICIPLES.has(x.tokens[g.head].lemma) && x.tokens[g.head].lower.endsWith('ing'));
  if (!p) return undefined;
  for (let i = p.index - 1; i >= 0 && x.clauseOf[x.verbs[i].head] === x.clauseOf[p.head]; i--) if (x.verbs[i].subject !== null) return x.verbs[i];
  return x.verbs.find((g) => g.start >= c.end && x.clauses[g.clause].kind === 'main' && g.subject !== null);
}

/** "had a “very productive” conversation": the light verb right before a meeting noun in its clause, when quotation
 * marks or modifiers kept the syntax from linking it as the object. */
function heldBefore(x: SentenceSyntax, c: Chunk, light: (lemma: string) => boolean): VerbGroup | undefined {
  for (let k = c.start - 1; k >= 0 && k >= c.start - 8 && x.clauseOf[k] === x.clauseOf[c.start]; k--) {
    if (x.chunkOf[k] >= 0) return undefined;
    if (x.verbOf[k] >= 0) { const g = x.verbs[x.verbOf[k]]; return light(x.tokens[g.head].lemma) ? g : undefined; }
  }
  return undefined;
}

/** Verbs whose subject took part in the meeting their phrase names, and the preposition they take it with:
 * "walked out of the talks", "took part in the summit", "withdrew from the negotiations", "flew in for talks". */
const PARTAKING: ReadonlyMap<string, string> = new Map([
  // "will travel to Brussels for a meeting with X": who travels (or visits) for a meeting holds it.
  ...[...TRAVEL_VERBS, 'visit'].map((v): [string, string] => [v, 'for']),
  ['walk', 'of'], ['storm', 'of'], ['pull', 'of'], ['participate', 'in'], ['part', 'in'], ['withdraw', 'from'], ['return', 'to']]);

/** The verb whose subject took part in meeting noun `c`, through its phrase or the phrase it belongs to ("the last
 * round of talks"). */
function partakenIn(x: SentenceSyntax, c: Chunk): VerbGroup | undefined {
  const owner = c.prep === 'of' && c.attachedTo?.kind === 'chunk' ? x.chunks[c.attachedTo.index] : c;
  for (const ch of owner === c ? [c] : [c, owner]) {
    if (ch.prep === null || ch.attachedTo?.kind !== 'verb') continue;
    const g = x.verbs[ch.attachedTo.index];
    const lemma = x.tokens[g.head].lemma;
    // "took part in": the verb group ends at "take", and its object "part" carries the preposition.
    const verb = lemma === 'take' && x.tokens[g.end]?.lower === 'part' ? 'part' : lemma;
    if (PARTAKING.get(verb) === ch.prep) return g;
  }
  return undefined;
}

/**
 * "rejected by Russia, which demands Ukrainian withdrawal": a trigger opening a noun phrase right after "which"/"who"
 * is the relative clause's verb the tagger read as a noun; the phrase the relative hangs on does it.
 */
function relativeDoer(x: SentenceSyntax, c: Chunk, trigger: Span): Chunk | null {
  if (x.tokens[c.start].start !== trigger[0] || c.start < 2) return null;
  const rel = x.tokens[c.start - 1].lower;
  if (rel !== 'which' && rel !== 'who') return null;
  const k = x.tokens[c.start - 2].lower === ',' ? c.start - 3 : c.start - 2;
  const ante = k >= 0 ? x.chunkOf[k] : -1;
  return ante >= 0 && x.chunks[ante].end === k + 1 ? x.chunks[ante] : null;
}

/** "…, as a ceasefire brokered by Malaysia came under strain": "as" opens a clause whose subject the noun is (a verb
 * with no subject of its own follows it), not a manner phrase of the verb before. */
function asClause(x: SentenceSyntax, c: Chunk): boolean {
  // (The syntax may have lent that verb a subject from before "as": it is still the noun's.)
  return x.verbs.some((g) => g.start > c.end && g.start - c.end <= 10 && !g.infinitive
    && (g.subject === null || g.subject === c.index || x.chunks[g.subject].end <= c.start)
    && x.tokens[g.start - 1]?.pos !== 'ADP' && !x.tokens[g.head].lower.endsWith('ing') && x.clauseOf[g.start] === x.clauseOf[c.start]);
}

export function nounRoles(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span): Roles {
  const doer = relativeDoer(x, c, trigger);
  if (doer) {
    const actor = chunkParties(x, doer, o, trigger);
    return finish(actor, chunkParties(x, c, o, trigger).filter((id) => !actor.includes(id)), o, 'antecedent of the relative its verb opens');
  }
  let actor: string[] = [], how = 'possessor';
  if (c.possessor !== null) actor = chunkParties(x, x.chunks[c.possessor], o, trigger);
  // "the Russian invasion", "Palestinian riots": a party modifying the event noun performs it.
  if (!actor.length) {
    for (let k = c.head - 1; k >= c.start; k--) {
      const t = x.tokens[k];
      // "the Berlin talks", "a Helsinki meeting": a city standing for its state names where a meeting was, not who met.
      if (o.meeting === true && t.via === 'metonym') continue;
      // "Houthi demands", "M23 attacks": an armed group's name modifying the act is its doer too (an organisation's,
      // "UN talks", "the NATO summit", more often names a host or forum).
      if (t.entity && t.entityKind && PARTY_KINDS.has(t.entityKind) && (t.via === 'demonym' || t.entityKind === 'state' || t.entityKind === 'group')) {
        actor = [t.entity]; how = 'modifier'; break;
      }
    }
    // "Israeli and US strikes", "Ukrainian and European negotiators": a bare party word coordinated before the noun
    // phrase modifies it too.
    if (actor.length) actor = [...sharedModifiers(x, c), ...actor];
    // "Qatar said Hamas demands a full withdrawal": a noun right after a party's name and before a determiner is the
    // party's verb the tagger read as a noun.
    const named = x.tokens[c.head - 1], next = x.tokens[c.head + 1];
    if (!actor.length && named?.entity && named.entityKind && PARTY_KINDS.has(named.entityKind) && (next?.pos === 'DET' || next?.pos === 'NUM')) {
      actor = [named.entity]; how = 'name before a verb read as a noun';
    }
  }
  if (!actor.length) { actor = hanging(x, 'chunk', c.index, ['by', 'from']).flatMap((ch) => chunkParties(x, ch, o, trigger)); how = 'by-phrase'; }
  const between = hanging(x, 'chunk', c.index, ['between', 'among']).flatMap((ch) => chunkParties(x, ch, o, trigger));
  if (!actor.length && between.length) { actor = between; how = 'between'; }
  const targets = hanging(x, 'chunk', c.index, [...o.recipientPreps, 'of']);
  let recipient = targets.flatMap((ch) => chunkParties(x, ch, o, trigger));
  // "strikes on the country": the party the description refers back to, other than the actor.
  if (!recipient.length) recipient = targets.flatMap((ch) => referredTo(x, ch, o, actor)).slice(0, 1);
  // "talks in Ankara with X": a phrase may hang on the phrase (often a place) that hangs on the noun.
  if (!recipient.length) recipient = nested(x, 'chunk', c.index, o.recipientPreps).flatMap((ch) => chunkParties(x, ch, o, trigger));
  if (!actor.length) {
    // "Russia launched an offensive on ...": the light verb's subject performs the act its object names.
    // "had a call with X": for a meeting, "have" is a light verb too.
    const claimed = CLAIMED_ATTACKS.has(x.tokens[c.head].lower);
    const light = (lemma: string) => isLightVerb(lemma, o.meeting === true) || (claimed && lemma === 'claim');
    const v = (indexOf(x).objectOf.get(c.index) ?? []).find((g) => light(x.tokens[x.verbs[g.index].head].lemma))
      ?? (o.meeting === true ? heldBefore(x, c, light) : undefined);
    // Through verbRoles, so "he had a call with X" after "Y stated" is Y's, as any pronoun subject in reported speech.
    if (v && v.subject !== null) { actor = o.meeting === true ? verbRoles(x, v, withRoles(o, 'svo'), trigger).actor : chunkParties(x, x.chunks[v.subject], o, trigger); how = 'light verb'; }
    if (v && !recipient.length) recipient = [...hanging(x, 'verb', v.index, o.recipientPreps), ...nested(x, 'verb', v.index, o.recipientPreps)].flatMap((ch) => chunkParties(x, ch, o, trigger));
  }
  if (!recipient.length && actor.length) {
    // "Hamas received a proposal from Israel": the one who receives what a party sent is who it is addressed to.
    const v = (indexOf(x).objectOf.get(c.index) ?? []).find((g) => RECEIVING_VERBS.has(x.tokens[x.verbs[g.index].head].lemma));
    if (v) recipient = verbRoles(x, v, withRoles(o, 'svo'), trigger).actor.filter((id) => !actor.includes(id));
  }
  if (!actor.length && POSSESSIVE_PRONOUNS.has(x.tokens[c.start].lower)) {
    // "the delegation reiterated its call for a truce": "its" on a verb's object is the verb's doer.
    const v = (indexOf(x).objectOf.get(c.index) ?? [])[0];
    if (v) { actor = verbRoles(x, v, withRoles(o, 'svo'), trigger).actor; how = 'doer of the verb its pronoun points to'; }
  }
  const owner = x.tokens[c.start];
  if (!actor.length && o.meeting === true && PERSONAL_POSSESSIVES.has(owner.lower) && owner.entity && owner.entityKind === 'person') {
    // "after his meeting with the negotiators": "his", resolved to the person named before, is who met.
    actor = [owner.entity];
    how = 'person its possessive stands for';
  }
  if (!actor.length && o.meeting === true && c.prep !== null && TIME_PREPS.has(c.prep) && c.attachedTo?.kind !== 'verb') {
    // A time phrase opening the sentence ("During talks with X, Y said") qualifies the main clause after it.
    const v = x.verbs.find((g) => g.start >= c.end && x.clauses[g.clause].kind === 'main' && g.subject !== null);
    if (v) { actor = verbRoles(x, v, withRoles(o, 'svo'), trigger).actor; how = 'subject of the clause it qualifies'; }
  }
  if (!actor.length && answersFor(x, c)) {
    // "the group was responsible for a March attack", "claimed responsibility for the raid": who answers for it did it;
    // "militants responsible for the attacks": the phrase "responsible" modifies names who.
    const owner = x.tokens[c.start - 2].lower === 'responsible' ? x.chunkOf[c.start - 2] : -1;
    const v = x.verbs.filter((g) => g.end <= c.start && x.clauseOf[g.start] === x.clauseOf[c.start]).pop();
    if (owner >= 0) actor = chunkParties(x, x.chunks[owner], o, trigger);
    else if (v) actor = verbRoles(x, v, withRoles(o, 'svo'), trigger).actor;
    how = 'who answers for it';
  }
  const partaken = !actor.length && o.meeting === true ? partakenIn(x, c) : undefined;
  if (partaken) { actor = verbRoles(x, partaken, withRoles(o, 'svo'), trigger).actor; how = 'who took part in it'; }
  const timed = !actor.length && o.meeting === true ? timedBy(x, c) : undefined;
  if (timed) { actor = verbRoles(x, timed, withRoles(o, 'svo'), trigger).actor; how = 'subject of the clause its time participle qualifies'; }
  // "retaliated with bans on imports", "responded with air strikes": what a response is made with is the responder's act.
  const response = c.prep === 'with' && c.attachedTo?.kind === 'verb' && RESPONSE_VERBS.has(x.tokens[x.verbs[c.attachedTo.index].head].lemma);
  const givers = actor.length ? null : exchangeGivers(x, c, o, trigger);
  if (givers) { actor = givers; how = 'the side the exchanged-for act was done to'; }
  if (!actor.length && c.attachedTo?.kind === 'verb' && (c.prep === 'in' || (c.prep === 'as' && !asClause(x, c)) || c.prep === 'by' || response
    || (o.meeting === true && c.prep !== null && (TIME_PREPS.has(c.prep) || c.prep === 'on')))) {
    // "blocked the road in protest": a manner phrase's act is done by the verb's subject.
    const v = x.verbs[c.attachedTo.index];
    actor = verbRoles(x, v, withRoles(o, 'svo'), trigger).actor;
    how = 'subject of the verb it qualifies';
  }
  // "arrived in Amman on a visit": a visit told by "on" after the verb's place phrase is the arriving one's.
  const trip = !actor.length && o.meeting === true && c.prep === 'on' && c.attachedTo?.kind === 'chunk' ? x.chunks[c.attachedTo.index].attachedTo : null;
  if (trip?.kind === 'verb') { actor = verbRoles(x, x.verbs[trip.index], withRoles(o, 'svo'), trigger).actor; how = 'subject of the verb its place phrase hangs on'; }
  // "wounded two soldiers in a bomb attack": an "in" phrase after the verb's object tells how the verb was done, though
  // the syntax hung it on the object.
  const onObject = !actor.length && c.prep === 'in' && c.attachedTo?.kind === 'chunk' ? (indexOf(x).objectOf.get(c.attachedTo.index) ?? [])[0] : undefined;
  if (onObject) {
    const host = verbRoles(x, onObject, withRoles(o, 'svo'), trigger);
    actor = host.actor; how = 'subject of the verb whose object it follows';
    if (!recipient.length) recipient = host.recipient.filter((id) => !actor.includes(id));
  }
  return finish(actor, recipient, o, how);
}

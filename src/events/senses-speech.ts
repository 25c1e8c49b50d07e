// Word senses of the speech-act and stance verbs (REQUEST, SUPPORT, REJECT, THREATEN, CONCEDE): readings in which the words
// tell no act of the category. Read from the syntax layer around the trigger; ./senses.ts applies them with the rest.
import type { SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { authoredParticiple } from './authored.js';
import { demandedBy } from './frames.js';
import { accusedOf, renouncesEvil } from './senses-content.js';
import type { Sense } from './senses.js';

const word = (x: SentenceSyntax, i: number) => (i >= 0 && i < x.tokens.length ? x.tokens[i] : null);

/** Modals that make a that-clause a course of action asked for ("suggested that both sides should meet"). */
const DEONTIC = new Set(['should', 'must', 'ought', 'need', 'needs', 'shall']);
/** Words in a verb group that make its clause a plain statement: a tense, a non-deontic modal, an inflected auxiliary. */
const STATING = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'does', 'did', 'doesn', 'didn', 'has', 'had', 'is', 'was', 'were', 'are', 'wo']);

/**
 * "suggested that the strike would change things", "conceded that gaps remain": the verb at `at` takes a finite
 * clause with its own subject — a claim or an admission, not a proposal, a demand or a concession. With `mayAsk`
 * (verbs that also ask: suggest, insist) a bare present ("insists that the rebels disarm") is a demand, so only a
 * clause that states (a tense, a non-deontic modal, an inflected auxiliary) counts as a claim.
 */
function takesClaim(x: SentenceSyntax, at: number, mayAsk: boolean): boolean {
  const v = x.verbs.find((g) => g.start > at && g.start <= at + 10 && g.subject !== null && x.chunks[g.subject].start > at);
  if (!v || v.infinitive) return false;
  for (let k = at + 1; k < v.start; k++) if (x.tokens[k].lower === ',' || x.tokens[k].lower === ';' || x.verbOf[k] >= 0 && x.verbs[x.verbOf[k]].subject !== null) return false;
  const words = x.tokens.slice(v.start, v.end).map((t) => t.lower);
  if (words.some((w) => DEONTIC.has(w)) || (v.modal !== null && DEONTIC.has(v.modal))) return false;
  if (!mayAsk) return true;
  const head = x.tokens[v.head];
  return v.tense === 'past' || words.some((w) => STATING.has(w)) || (head.lower !== head.lemma && head.lower.endsWith('s'));
}

/** Nouns naming a text: what it "calls for" or "demands" is its content, not a party's demand. */
const DOCUMENTS = new Set(['plan', 'draft', 'proposal', 'framework', 'deal', 'agreement', 'text', 'document', 'roadmap', 'initiative',
  'accord', 'blueprint', 'package', 'resolution', 'law', 'bill', 'treaty', 'declaration', 'communique', 'statement', 'constitution', 'charter']);

/** The head of the doer's chunk of the verb group holding token `at`: its subject, or in the passive its by-agent
 * ("the plan was welcomed by Egypt": Egypt welcomes; the plan is what is welcomed). */
function subjectHead(x: SentenceSyntax, at: number): string | null {
  const v = x.verbOf[at];
  if (v < 0) return null;
  const g = x.verbs[v];
  if (g.passive) return g.agent === null ? null : x.tokens[x.chunks[g.agent].head].lemma;
  const s = g.subject;
  const kind = x.clauses[g.clause].kind;
  if (s === null || g.subjectLent || kind === 'participle' || kind === 'infinitive' || x.chunks[s].end > g.start) return null;
  return x.tokens[x.chunks[s].head].lemma;
}

/** Modifiers and verbs that make a threat a danger someone faces, not a threat someone makes. */
const DANGER = new Set(['existential', 'security', 'serious', 'real', 'major', 'grave', 'potential', 'biggest', 'greatest', 'direct',
  'growing', 'terrorist', 'terror', 'nuclear', 'imminent', 'main', 'primary', 'significant', 'constant', 'perceived', 'persistent']);
const POSE = new Set(['pose', 'posed', 'poses', 'posing', 'represent', 'constitute', 'view', 'viewed', 'see', 'seen', 'regard', 'regarded', 'consider', 'considered', 'remain', 'remains']);

/** Verbs that turn down what they take; "rule" only with "out". */
const TURN_DOWN = new Set(['rule', 'exclude', 'reject', 'refuse', 'decline', 'dismiss', 'spurn', 'rebuff']);

/** The noun at `at` is what a turning-down verb just before its phrase takes ("ruled out any talks with X"). */
function meetingRefused(x: SentenceSyntax, at: number): boolean {
  const v = turnDownOf(x, at);
  return v !== null && !v.negated;
}

/** The verb group right before a meeting noun that turns it down ("ruled out talks", "did not reject a meeting"), else null. */
export function turnDownOf(x: SentenceSyntax, at: number): VerbGroup | null {
  const ch = x.chunkOf[at];
  if (ch < 0) return null;
  for (let k = x.chunks[ch].start - 1; k >= 0 && k >= x.chunks[ch].start - 3; k--) {
    const v = x.verbOf[k];
    if (v < 0) continue;
    const lemma = x.tokens[x.verbs[v].head].lemma;
    if (!TURN_DOWN.has(lemma)) return null;
    return lemma !== 'rule' || x.tokens.slice(x.verbs[v].head + 1, x.chunks[ch].start).some((t) => t.lower === 'out') ? x.verbs[v] : null;
  }
  return null;
}

function threatAsDanger(x: SentenceSyntax, at: number): boolean {
  const t = word(x, at)!;
  if (t.lemma !== 'threat' && t.lower !== 'threats') return false;
  const ch = x.chunkOf[at];
  const start = ch >= 0 ? x.chunks[ch].start : at;
  for (let k = start; k < at; k++) if (DANGER.has(x.tokens[k].lower)) return true;
  // "talks, but not under threat", "a region under threat": what is under a threat is threatened, it threatens nothing.
  if (x.chunks[ch]?.prep === 'under') return true;
  // "posed a threat", "viewed this as a threat", "remains a threat to peace".
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    const w = x.tokens[k];
    if (POSE.has(w.lower) || POSE.has(w.lemma)) return true;
    if (w.pos === 'PUNCT') break;
  }
  const next = word(x, at + 1), after = word(x, at + 2);
  return next?.lower === 'to' && after !== null && ['peace', 'security', 'stability', 'the', 'regional', 'global', 'international'].includes(after.lower)
    && !(after.pos === 'VERB');
}

/** Nouns of people received: welcoming them is hosting a visit, not backing an act. */
const GUESTS = new Set(['leader', 'leaders', 'president', 'delegation', 'delegations', 'minister', 'envoy', 'guest', 'guests', 'visitor', 'visitors',
  'counterpart', 'premier', 'king', 'prince', 'chancellor', 'secretary', 'team', 'officials', 'official', 'him', 'her', 'them']);

function welcomesVisitor(x: SentenceSyntax, at: number): boolean {
  if (word(x, at)!.lemma !== 'welcome') return false;
  const v = x.verbOf[at];
  const obj = v >= 0 ? x.verbs[v].object : (x.chunkOf[at + 1] ?? -1);
  if (obj === null || obj < 0) return false;
  const c = x.chunks[obj];
  // "welcomed Sudan's decision": the party owns what is welcomed.
  if (x.chunks.some((o) => o.possessor === obj)) return false;
  const head = x.tokens[c.head];
  return GUESTS.has(head.lower) || head.entityKind === 'person' || (c.possessor === null && head.entity !== null && c.head === c.end - 1 && head.pos === 'PROPN');
}

/** Verbs that report a relation as believed or said, not an act: "rebels believed to be backed by Rwanda". */
const HEARSAY = new Set(['believe', 'believed', 'say', 'said', 'think', 'thought', 'allege', 'alleged', 'report', 'reported', 'suspect', 'suspected', 'know', 'known']);

/** "M23 rebels, backed by Rwanda,": a participle that describes a standing relation of a noun is no act of backing. */
function describesBacking(x: SentenceSyntax, at: number): boolean {
  const t = word(x, at)!, prev = word(x, at - 1);
  if (!prev || !['back', 'backed', 'support', 'supported', 'endorse', 'endorsed', 'sponsor', 'sponsored'].some((w) => t.lemma === w || t.lower === w)) return false;
  // "a US-backed plan": the compound names who stands behind the plan; the backing is told elsewhere, if at all.
  if (prev.lower === '-' && t.lower.endsWith('ed')) return true;
  if (word(x, at + 1)?.lower !== 'by') return false;
  if (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.lower === ',' || prev.lower === 'and') return true;
  if (prev.lower !== 'be' && prev.lower !== 'being') return false;
  for (let k = at - 2; k >= 0 && k >= at - 4; k--) if (HEARSAY.has(x.tokens[k].lower)) return true;
  return false;
}

/** Nouns naming a demand. */
const DEMAND_NOUNS = new Set(['demand', 'demands', 'request', 'requests', 'precondition', 'preconditions', 'condition', 'conditions', 'appeal', 'appeals']);
/** Verbs that answer, weigh or drop a demand already made: "accepted Moscow's demands", "agreed to the demands". */
// A demand turned down ("declined a Ukrainian request") still tells that it was made: rejecting verbs are not here.
const ANSWERING = new Set(['accept', 'agree', 'meet', 'grant', 'ignore', 'satisfy', 'fulfil', 'fulfill', 'lean', 'bow', 'yield',
  'heed', 'comply', 'respond', 'consider', 'review', 'discuss', 'drop', 'abandon', 'cave', 'answer', 'address',
  // "clashed over their respective demands": arguing over demands already made.
  'clash', 'disagree', 'differ', 'quarrel', 'wrangle', 'haggle', 'argue', 'split']);

/** "accepted a range of Moscow's demands", "refused to grant his request": a demand that another act answers is
 * told as that act's object; the demand itself was made before, and is told where it was made. */
function demandAnswered(x: SentenceSyntax, at: number): boolean {
  const t = word(x, at)!;
  if (!DEMAND_NOUNS.has(t.lower)) return false;
  // "to agree to demands": the tagger reads a bare plural after "to" as a verb; the verb before the "to" answers it.
  const to = word(x, at - 1), answer = word(x, at - 2);
  if (to?.lower === 'to' && answer !== null && ANSWERING.has(answer.lemma)) return true;
  if (t.pos !== 'NOUN') return false;
  let ch = x.chunkOf[at];
  for (let step = 0; ch >= 0 && step < 3; step++) {
    const c = x.chunks[ch];
    const v = x.verbs.find((g) => g.object === ch);
    if (v && ANSWERING.has(x.tokens[v.head].lemma)) return true;
    const on = c.attachedTo;
    if (on?.kind === 'verb' && ANSWERING.has(x.tokens[x.verbs[on.index].head].lemma)) return true;
    // Climb "a range of [Moscow's] demands": through the possessor to the phrase the "of" hangs on.
    const via = c.possessor !== null ? x.chunks[c.possessor] : c;
    ch = via.prep === 'of' && via.attachedTo?.kind === 'chunk' ? via.attachedTo.index : -1;
  }
  return false;
}

/** "to discuss the U.S. proposed peace plan": a participle between a phrase another verb governs and a bare noun
 * modifies that noun; nobody proposes anything in this sentence. */
function proposedModifier(x: SentenceSyntax, at: number): boolean {
  const t = word(x, at)!, next = word(x, at + 1);
  if (t.lemma !== 'propose' || !t.lower.endsWith('ed') || !next || (next.pos !== 'NOUN' && next.pos !== 'ADJ')) return false;
  const v = x.verbOf[at];
  const subject = v >= 0 ? x.verbs[v].subject : null;
  if (subject === null) return false;
  return x.chunks[subject].prep !== null || x.verbs.some((g) => g.index !== v && g.object === subject);
}

/** Armed bodies: when they "back" or "support" someone they fight beside them, they do not voice support. */
const ARMED = new Set(['troop', 'troops', 'force', 'forces', 'army', 'armies', 'militia', 'militias', 'fighter', 'fighters', 'soldier', 'soldiers',
  'unit', 'units', 'battalion', 'brigade', 'jet', 'jets', 'artillery', 'aircraft', 'drone', 'drones']);

/** Words that, before "rule out", say it was not done: "did not rule out", "refused to rule out". */
const NOT_DONE = new Set(['not', "n't", 'never', 'refuse', 'decline', 'without']);

/** "did not rule out a joint appeal", "refused to rule out talks": leaving an option open turns nothing down. */
function notRuledOut(x: SentenceSyntax, at: number): boolean {
  const t = word(x, at)!, next = word(x, at + 1);
  if (t.lemma !== 'rule' || next?.lower !== 'out') return false;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = x.tokens[k];
    if (NOT_DONE.has(w.lower) || NOT_DONE.has(w.lemma)) return true;
    if (w.pos === 'PUNCT') break;
  }
  return false;
}

/** Kinds of support that are given, not said: pledging them promises aid (AID), it voices no backing. */
const MATERIAL = new Set(['military', 'defense', 'defence', 'financial', 'economic', 'humanitarian', 'material', 'logistical', 'budget', 'budgetary']);

/** "pledged expanded defence support for Ukraine": the support named after the verb is material. */
function materialSupport(x: SentenceSyntax, at: number): boolean {
  for (let k = at + 1; k < x.tokens.length && k <= at + 4; k++) {
    const w = x.tokens[k], next = word(x, k + 1);
    if (w.pos === 'PUNCT') return false;
    if (MATERIAL.has(w.lower) && (next?.lower === 'support' || next?.lower === 'backing' || next?.lower === 'assistance')) return true;
  }
  return false;
}

export const SPEECH_SENSES: readonly Sense[] = [
  { id: 'sense.suggest-claim', events: ['REQUEST'], verdict: { drop: true },
    why: '"suggested that the strike would change things", "insisted the vote was fair": a claim proposes and demands nothing',
    holds: (x, at) => (word(x, at)!.lemma === 'suggest' || word(x, at)!.lemma === 'insist') && takesClaim(x, at, true) },
  { id: 'sense.demanded-request', events: ['REQUEST'], verdict: { drop: true },
    why: '"called on Washington to put pressure on Moscow": a demand inside a demand is its content; the outer demand is the REQUEST',
    holds: (x, at) => demandedBy(x, at) !== null },
  { id: 'sense.asked-quote', events: ['REQUEST'], verdict: { drop: true },
    why: '"... ?" he asked.: "asked" closing a quoted question is its attribution, not a request',
    holds: (x, at, last) => word(x, at)!.lemma === 'ask' && (last + 1 >= x.tokens.length || (x.tokens[last + 1].pos === 'PUNCT' && x.tokens[last + 1].lower !== '-')) },
  { id: 'sense.document-calls', events: ['REQUEST', 'SUPPORT'], verdict: { drop: true },
    why: '"the plan calls for a withdrawal", "the declaration endorses the plan": what a text lays out is its content, not a party\'s demand or backing',
    holds: (x, at) => { const h = subjectHead(x, at); return h !== null && DOCUMENTS.has(h) && !(x.verbOf[at] >= 0 && authoredParticiple(x, x.verbs[x.verbOf[at]])); } },
  { id: 'sense.demand-answered', events: ['REQUEST'], verdict: { drop: true },
    why: '"accepted Moscow\'s demands", "refused to grant his request": a demand answered by another act was made elsewhere',
    holds: (x, at) => demandAnswered(x, at) },
  { id: 'sense.proposed-modifier', events: ['REQUEST'], verdict: { drop: true },
    why: '"to discuss the U.S. proposed peace plan": a participle describing a plan, not a proposal made here',
    holds: (x, at) => proposedModifier(x, at) },
  { id: 'sense.threat-danger', events: ['THREATEN'], verdict: { drop: true },
    why: '"an existential threat", "poses a threat to peace", "not under threat": a danger faced is no threat made by a party',
    holds: (x, at) => threatAsDanger(x, at) },
  { id: 'sense.welcome-visitor', events: ['SUPPORT'], verdict: { drop: true },
    why: '"welcomed the Ukrainian leader": receiving a visitor is a visit (a CONSULT rule reads it), not backing an act',
    holds: (x, at) => welcomesVisitor(x, at) },
  { id: 'sense.backed-by', events: ['SUPPORT'], verdict: { drop: true },
    why: '"rebels backed by Rwanda", "a US-backed plan": a standing relation described, not an act of support',
    holds: (x, at) => describesBacking(x, at) },
  { id: 'sense.armed-backing', events: ['SUPPORT'], verdict: { drop: true },
    why: '"Eritrean troops backed the federal forces": armed bodies backing a side fight beside it; that is no word of support',
    holds: (x, at) => { const t = word(x, at)!; const h = subjectHead(x, at); return (t.lemma === 'back' || t.lemma === 'support') && h !== null && ARMED.has(h); } },
  { id: 'sense.material-support', events: ['SUPPORT'], verdict: { drop: true },
    why: '"pledged more military support for Kyiv": support that is given (arms, money) is aid, not words of backing',
    holds: (x, at) => materialSupport(x, at) },
  { id: 'sense.thank-god', events: ['SUPPORT'], verdict: { drop: true },
    why: '"thank God", "thanks to the rain": an exclamation or a cause, not thanks to a party',
    holds: (x, at) => { const t = word(x, at)!, n = word(x, at + 1); return (t.lemma === 'thank' || t.lower === 'thanks') && n !== null && (n.lower === 'god' || n.lower === 'goodness' || (t.lower === 'thanks' && n.lower === 'to' && word(x, at - 1)?.pos !== 'ADJ')); } },
  { id: 'sense.not-ruled-out', events: ['REJECT'], verdict: { drop: true },
    why: '"did not rule out a joint appeal": an option left open is no refusal (a negated rejection tells nothing was turned down)',
    holds: (x, at) => notRuledOut(x, at) },
  { id: 'sense.meeting-ruled-out', events: ['CONSULT'], verdict: { drop: true },
    why: '"ruled out any talks with Kyiv", "rejected negotiations": a meeting turned down is the refusal (a REJECT rule reads it), not a meeting',
    holds: (x, at) => meetingRefused(x, at) },
  { id: 'sense.accused-content', events: ['REJECT', 'SUPPORT'], verdict: { drop: true },
    why: '"accused Kabul of violating the truce", "of supporting the militants": what an accusation alleges is its content (the ACCUSE)',
    holds: (x, at) => accusedOf(x, at) },
  { id: 'sense.renounce-evil', events: ['REJECT'], verdict: { drop: true },
    why: '"should the group reject violence": renouncing violence or terrorism turns down no party\'s proposal',
    holds: (x, at) => renouncesEvil(x, at) },
  { id: 'sense.concede-admit', events: ['CONCEDE'], verdict: { drop: true },
    why: '"conceded that gaps remain": admitting a fact gives no ground',
    holds: (x, at) => word(x, at)!.lemma === 'concede' && takesClaim(x, at, false) },
];

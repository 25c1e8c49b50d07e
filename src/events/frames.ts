// Frames that read what the sentence does with an event's trigger, from the syntax layer, for every candidate:
// - a goal ("talks aimed at reaching a truce", "met to sign") is not an act that happened;
// - a condition ("if Kyiv withdraws") is hypothetical;
// - "halt / stop / cease / end / refrain from / no longer X" is not X;
// - a negated verb group ("did not attack") is negated.
// The modality stage's cues come first; a frame only changes what the cues left as asserted.
import type { ModalityResult } from '../modality/classify.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { TIME_NOUNS } from '../syntax/lexicon.data.js';

/** Verbs that put an end to the act they govern (their object or -ing complement is not that act), and the nouns that
 * name such a stop ("a cessation of hostilities", "a suspension of fighting"). */
export const STOP_VERBS = new Set(['halt', 'stop', 'cease', 'end', 'refrain', 'suspend', 'abandon', 'quit', 'renounce', 'forgo', 'pause', 'cessation', 'suspension']);

/** Words opening a subject that says none of it happened ("no date has been agreed"). */
const NO_SUBJECT = new Set(['no', 'nothing', 'none', 'neither']);

/** Prepositions of what has already happened when the clause's act comes: "after the talks", "since the war". */
const BACKGROUND_PREPS = new Set(['after', 'following', 'since', 'amid', 'despite']);

export function clauseFrame(x: SentenceSyntax, head: number, found: ModalityResult): ModalityResult {
  if (found.modality !== 'asserted') return found;
  const clause = x.clauses[x.clauseOf[head]];
  // "agreed to end the dispute after talks in Ankara": what a goal clause dates itself by has happened.
  const chunk = x.chunkOf[head];
  const background = chunk >= 0 && x.chunks[chunk].prep !== null && BACKGROUND_PREPS.has(x.chunks[chunk].prep!);
  if (clause.kind === 'purpose' && !background) return { modality: 'future', cue: `frame.purpose(${clause.cue})` };
  if (clause.kind === 'conditional') return { modality: 'hypothetical', cue: `frame.conditional(${clause.cue})` };
  const v = x.verbOf[head] >= 0 ? x.verbs[x.verbOf[head]] : null;
  if (v && v.negated && v.head === head) return { modality: 'negated', cue: 'frame.negated-verb' };
  // "No date has been agreed", "nothing was signed": a passive whose subject is "no ..." or "nothing" did not happen.
  if (v && v.passive && v.head === head && v.subject !== null && NO_SUBJECT.has(x.tokens[x.chunks[v.subject].start].lower)) {
    return { modality: 'negated', cue: 'frame.no-subject' };
  }
  return found;
}

/**
 * "the army said it would halt its shelling", "refrained from attacking", "no longer fighting": the trigger at token
 * `head` is what a stop verb ends. Looks back over at most six tokens of the same clause, or on to a passive stop verb.
 */
export function stoppedBy(x: SentenceSyntax, head: number): string | null {
  const h = x.tokens[head];
  // Only a noun or an -ing form can be what is stopped ("halt its shelling", "an end to the fighting").
  if (!(h.pos === 'NOUN' || h.lower.endsWith('ing'))) return null;
  // "hostilities should be halted", "the shelling was stopped": the trigger is the subject of a passive stop verb.
  const chunk = x.chunkOf[head];
  const passive = chunk >= 0 ? x.verbs.find((v) => v.subject === chunk && v.passive && STOP_VERBS.has(x.tokens[v.head].lemma)) : undefined;
  if (passive) return x.tokens[passive.head].lemma;
  // "the war must come to an end", "the fighting should stop": what is asked or expected to end is no new act.
  const ending = chunk >= 0 ? x.verbs.find((v) => v.subject === chunk && v.modal !== null && (STOP_VERBS.has(x.tokens[v.head].lemma)
    || (x.tokens[v.head].lemma === 'come' && x.tokens[v.end]?.lower === 'to' && x.tokens[v.end + 2]?.lower === 'end'))) : undefined;
  if (ending) return x.tokens[ending.head].lemma === 'come' ? 'come to an end' : x.tokens[ending.head].lemma;
  for (let k = head - 1; k >= 0 && k >= head - 6; k--) {
    const t = x.tokens[k];
    if (x.clauseOf[k] !== x.clauseOf[head]) return null;
    if (STOP_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'AUX')) return t.lemma;
    if (t.lower === 'longer' && x.tokens[k - 1]?.lower === 'no') return 'no longer';
    // "a force to break up clashes", "police broke up the fighting".
    if (t.lower === 'up' && x.tokens[k - 1]?.lemma === 'break') return 'break up';
    // "end nearly four years of fighting", "end the four-year war": a span of time counts out what is stopped.
    const span = (TIME_NOUNS.has(t.lower) && (x.tokens[k + 1]?.lower === 'of' || k + 1 === head)) || (t.lower === '-' && TIME_NOUNS.has(x.tokens[k + 1]?.lower ?? ''));
    // Only determiners, possessives, adjectives and "from/of/to" may stand between the stop word and what it stops.
    if (!span && !BETWEEN_STOP.has(t.pos) && !(t.pos === 'ADP' && (t.lower === 'from' || t.lower === 'of' || t.lower === 'to'))) return null;
  }
  return null;
}

const BETWEEN_STOP = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'ADV']);

/** Verbs and nouns of demanding: what they ask for is the demander's REQUEST, not the act itself. */
/** Words of threatening: the act in their "to" clause is the threat's content. */
const THREAT_WORDS = new Set(['threaten', 'threat', 'threats']);

// Advising, recommending and persuading ask for the act as much as urging does ("recommended that Kyiv not seek ...").
export const DEMAND_VERBS = new Set(['urge', 'ask', 'call', 'press', 'demand', 'push', 'insist', 'order', 'pressure', 'require', 'appeal', 'implore', 'exhort',
  'advise', 'recommend', 'persuade', 'convince']);

/** Verbs that ask for the act only in a "to" clause: "warned Kyiv not to strike" asks; "warned that Kyiv would strike" predicts. */
const DEMAND_TO_VERBS = new Set(['warn', 'caution']);
/** Demand verbs whose "to" clause is always what is asked, never a goal of the act ("advised Kyiv to ..."). */
const ADVISING = new Set(['advise', 'recommend', 'persuade', 'convince', 'warn', 'caution']);

/**
 * "urged Serbia to concede", "insists that the rebels disarm", "called on Kyiv to withdraw": the trigger's clause is
 * the content of a demand (or of a threat: "threatened to impose sanctions"). Returns the demand or threat word's lemma, or null.
 */
export function demandedBy(x: SentenceSyntax, head: number): string | null {
  const bare = bareDemanded(x, head) ?? demandedNoun(x, head);
  if (bare) return bare;
  const clause = x.clauses[x.clauseOf[head]];
  const opensWith = clause.cue === 'to' || clause.cue === 'that';
  // A threat's "to" clause reads as a goal after a noun ("a threat to strike"), as an infinitive after the verb.
  const kinds = clause.kind === 'infinitive' || clause.kind === 'subordinate' || clause.kind === 'reported' || clause.kind === 'purpose';
  if (clause.parent === null || !opensWith || !kinds) return null;
  // The trigger must be the demanded act itself: the clause's first verb, or a noun right after it.
  const firstIndex = firstVerbs(x)[clause.index];
  const first = firstIndex >= 0 ? x.verbs[firstIndex] : null;
  if (!first || head > first.end + 3) return null;
  // "threatened to impose sanctions", "a threat to strike the port": what is threatened is the threat's content.
  const to = x.tokens[clause.start]?.lower === 'to' ? clause.start : clause.start - 1;
  if (clause.cue === 'to' && to > 0 && THREAT_WORDS.has(x.tokens[to - 1].lemma)) return x.tokens[to - 1].lemma;
  // The governing verb: the last verb group before the clause opens ("urged Kyiv to", "insists that").
  for (let k = clause.start - 1; k >= 0 && k >= clause.start - 6; k--) {
    const v = x.verbOf[k];
    if (v < 0) continue;
    const lemma = x.tokens[x.verbs[v].head].lemma;
    // "advised Kyiv to withdraw" may read as a goal clause; advising has no goal reading, pushing does.
    if (clause.kind === 'purpose' && !ADVISING.has(lemma)) return null;
    return DEMAND_VERBS.has(lemma) || (clause.cue === 'to' && DEMAND_TO_VERBS.has(lemma)) ? lemma : null;
  }
  return null;
}

/**
 * "recommended Kyiv not seek a pause", "demanded Kabul crack down": a bare verb right after the object of a demand
 * verb (no "to", no "that") is what is asked of the object. Returns the demand verb's lemma, or null.
 */
function bareDemanded(x: SentenceSyntax, head: number): string | null {
  const v = x.verbOf[head] >= 0 ? x.verbs[x.verbOf[head]] : null;
  if (!v || v.head !== head || v.subject === null || v.infinitive) return null;
  const c = x.chunks[v.subject];
  const next = v.start === c.end || (v.start === c.end + 1 && x.tokens[c.end].lower === 'not');
  const asker = next ? x.verbs.find((g) => g.index < v.index && g.object === v.subject) : undefined;
  const lemma = asker ? x.tokens[asker.head].lemma : null;
  return lemma !== null && DEMAND_VERBS.has(lemma) ? lemma : null;
}

/** "Moscow demands a Ukrainian withdrawal", "called for the release of ...": an act named as the noun a demand verb
 * takes (its object, or its "for" phrase) is what is asked. Returns the demand verb's lemma, or null. */
function demandedNoun(x: SentenceSyntax, head: number): string | null {
  const chunk = x.chunkOf[head];
  if (chunk < 0 || x.chunks[chunk].head !== head) return null;
  const c = x.chunks[chunk];
  const v = c.prep === 'for' && c.attachedTo?.kind === 'verb' ? x.verbs[c.attachedTo.index]
    : c.prep === null ? x.verbs.find((g) => g.object === chunk) : undefined;
  const lemma = v ? x.tokens[v.head].lemma : null;
  return lemma !== null && NOUN_DEMAND_VERBS.has(lemma) ? lemma : null;
}
/** Verbs whose noun is asked of another; "would require talks" tells a need, whose talks are a possible meeting. */
const NOUN_DEMAND_VERBS = new Set(['demand', 'call', 'urge', 'appeal', 'press', 'push', 'insist']);

const firstVerbCache = new WeakMap<SentenceSyntax, Int32Array>();

/** Per clause, its first verb group (-1 if none): computed once per sentence. */
function firstVerbs(x: SentenceSyntax): Int32Array {
  let first = firstVerbCache.get(x);
  if (first) return first;
  first = new Int32Array(x.clauses.length).fill(-1);
  for (const v of x.verbs) if (first[v.clause] < 0) first[v.clause] = v.index;
  firstVerbCache.set(x, first);
  return first;
}

/** Verbs of accepting a proposal: what they accept is agreed now (an AGREE rule reads that) and done later. */
export const ACCEPT_VERBS = new Set(['accept', 'agree', 'approve', 'endorse', 'sign', 'back', 'welcome', 'embrace', 'ratify']);

/**
 * "accepted an exchange of detainees", "agreed to a withdrawal": a noun trigger that is what an accepting verb takes
 * (its object, or its "to"/"on" phrase) is a future act of the accepter. Returns the verb and its subject chunk.
 */
export function acceptedBy(x: SentenceSyntax, chunk: number): { verb: string; subject: number | null } | null {
  const c = x.chunks[chunk];
  let v = -1;
  if (c.attachedTo?.kind === 'verb' && (c.prep === 'to' || c.prep === 'on')) v = c.attachedTo.index;
  else for (let k = c.start - 1; k >= 0 && k >= c.start - 2; k--) if (x.verbOf[k] >= 0) { v = x.verbOf[k]; break; }
  if (v < 0) return null;
  const g = x.verbs[v];
  if (g.object !== null && g.object !== chunk && !(c.prep === 'to' || c.prep === 'on')) return null;
  const lemma = x.tokens[g.head].lemma;
  return ACCEPT_VERBS.has(lemma) ? { verb: lemma, subject: g.subject } : null;
}

/** Nouns naming a text that proposes acts, and the verbs by which it lays them out. */
const PLAN_NOUNS = new Set(['plan', 'draft', 'proposal', 'framework', 'deal', 'agreement', 'text', 'document', 'roadmap', 'initiative', 'accord', 'blueprint', 'package']);
const PLAN_VERBS = new Set(['include', 'foresee', 'envisage', 'envision', 'contain', 'call', 'provide', 'require', 'propose', 'stipulate', 'outline', 'set', 'feature', 'mention', 'involve', 'entail']);

/**
 * "the plan includes potential troop withdrawals", "the draft foresees a withdrawal": a plan's content is no event
 * unless a party is said to do, offer or demand it. Returns the plan verb's lemma, or null.
 */
export function planContent(x: SentenceSyntax, head: number): string | null {
  const ch = x.chunkOf[head];
  if (ch < 0) return null;
  const c = x.chunks[ch];
  // The verb whose object (or "for" phrase: "calls for", "provides for") the noun is, within a few tokens before it.
  for (let k = c.start - 1; k >= 0 && k >= c.start - 3; k--) {
    const v = x.verbOf[k];
    if (v < 0) continue;
    const g = x.verbs[v];
    if (!PLAN_VERBS.has(x.tokens[g.head].lemma) || g.subject === null) return null;
    return PLAN_NOUNS.has(x.tokens[x.chunks[g.subject].head].lemma) ? x.tokens[g.head].lemma : null;
  }
  return null;
}

/** Verbs of talking something over: what they take is a topic, not an act ("discussed reopening the border"). */
const DISCUSSING = new Set(['discuss', 'debate', 'talk', 'deliberate', 'explore']);
/** Nouns of talks whose "on/over/about" phrase is their topic ("talks on a prisoner exchange"). */
const TALK_NOUNS = new Set(['talks', 'talk', 'negotiations', 'discussion', 'discussions', 'consultations', 'dialogue', 'meeting', 'session', 'round']);
const TOPIC_PREPS = new Set(['on', 'over', 'about', 'regarding', 'concerning']);

/**
 * "met to discuss reopening the border", "discussed a prisoner exchange", "talks on a withdrawal": the act at `head`
 * is what the parties talk about, not an act anyone did, offered or demanded. Returns the talking word, or null.
 */
export function talkTopic(x: SentenceSyntax, head: number): string | null {
  // "discuss reopening": the act shares the verb group of the talking verb, after it.
  const v = x.verbOf[head];
  if (v >= 0) for (let k = x.verbs[v].start; k < head; k++) if (DISCUSSING.has(x.tokens[k].lemma)) return x.tokens[k].lemma;
  const ch = x.chunkOf[head];
  if (ch < 0) return null;
  const c = x.chunks[ch];
  if (c.head !== head && x.tokens[head].pos !== 'NOUN') return null;
  const on = c.attachedTo;
  if (on && c.prep !== null && TOPIC_PREPS.has(c.prep)) {
    const word = on.kind === 'chunk' ? x.tokens[x.chunks[on.index].head] : x.tokens[x.verbs[on.index].head];
    if (on.kind === 'chunk' ? TALK_NOUNS.has(word.lower) : DISCUSSING.has(word.lemma)) return word.lower;
  }
  // "discussed a prisoner exchange": the act is the talking verb's object.
  const governor = x.verbs.find((g) => g.object === ch);
  return governor && DISCUSSING.has(x.tokens[governor.head].lemma) ? x.tokens[governor.head].lemma : null;
}

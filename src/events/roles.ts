// Who acts and who is acted on, read from the sentence's shallow syntax: for a verb trigger its subject, object and
// by-agent; for a noun trigger its possessor, the prepositional phrases that hang on it, or the subject of the light
// verb it is the object of ("launched an attack on X"). No character windows: only chunks, verb groups and links.
import type { EntityIndex } from '../context.js';
import type { Entity, Span } from '../record.js';
import type { Chunk, SentenceSyntax, VerbGroup } from '../syntax/types.js';
import { AGENT_NOUNS, PEOPLE_NOUNS, POSSESSIVE_DETERMINERS, SPEECH_VERBS } from '../syntax/lexicon.data.js';
import { anaphorKinds, antecedent } from './anaphora.js';
import { STATE_FORCES } from '../entities/lexicon.js';

const PARTY_KINDS = new Set(['person', 'state', 'organization', 'group']);
/** Verbs whose object noun names the act they perform: "launched an offensive", "imposed a curfew". */
const LIGHT_VERBS = new Set(['launch', 'impose', 'stage', 'hold', 'carry', 'conduct', 'announce', 'order', 'begin', 'start',
  'declare', 'make', 'offer', 'provide', 'promise', 'vow', 'pledge', 'threaten', 'warn', 'issue', 'deliver', 'send', 'voice', 'express', 'speed', 'accelerate', 'execute', 'complete', 'finalize', 'finalise', 'implement', 'intensify', 'step', 'mount', 'reimpose', 'extend', 'lead', 'organize', 'organise', 'give', 'deliver', 'send']);
/** Verbs whose subject takes part in the meeting their object names: "had a call", "wrapped up a round of talks". */
const MEETING_LIGHT_VERBS = new Set(['have', 'wrap', 'conclude', 'end', 'resume', 'open', 'continue', 'finish', 'join', 'chair', 'enter', 'initiate']);
/** Nouns a party name modifies as a topic, not as an actor ("the Ukraine war", "the Gaza deal"). */
const TOPIC_NOUNS = new Set(['war', 'conflict', 'crisis', 'peace', 'ceasefire', 'truce', 'talk', 'talks', 'front', 'issue', 'question',
  'settlement', 'plan', 'deal', 'summit', 'negotiation', 'negotiations', 'file', 'policy', 'process', 'agreement', 'accord', 'border',
  'region', 'territory', 'city', 'port', 'province', 'crossing', 'sanction', 'sanctions', 'proposal', 'framework', 'dispute', 'visit', 'trip']);
/** Heads that name a leader's people acting for the state: "Trump's team", "the Netanyahu government". */
const COLLECTIVES = new Set(['team', 'administration', 'government', 'cabinet', 'delegation', 'negotiators', 'envoys', 'officials', 'aides', 'camp']);
/** Heads that name an office ("the President of Ukraine", "the two leaders", "his Russian counterpart"). */
const OFFICE_NOUNS = new Set(['president', 'leader', 'leaders', 'counterpart', 'counterparts', 'premier', 'chancellor', 'emir', 'king']);
/** Offices that make a person their state's leader. */
const HEADS_OF_STATE = ['president', 'prime minister', 'chancellor', 'emir', 'king', 'premier', 'supreme leader'];
const QUANTITIES = new Set(['third', 'half', 'part', 'most', 'thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'thousand', 'hundred', 'dozen', 'group', 'crowd', 'crowds', 'number', 'members', 'some', 'many']);
/** Participles that after "be" and before "to" name a stance, not an act done to the subject ("is opposed to"). */
const STANCE_PARTICIPLES = new Set(['opposed', 'committed', 'dedicated', 'determined', 'resigned', 'devoted', 'inclined', 'disposed', 'prepared', 'used', 'accustomed']);
export const DEFAULT_RECIPIENT_PREPS = ['on', 'against', 'to', 'with', 'toward', 'towards', 'from'];

export interface Roles { actor: string[]; recipient: string[]; how: string }

export interface RoleOptions {
  roles: 'svo' | 'ovs' | 'all' | 'passive';
  recipientPreps: readonly string[];
  /** Quotation spans: outside a quotation its words are not parties; inside it, only its words are. */
  quotes: Span[];
  entities: EntityIndex;
  /** A meeting: the subject of the clause a time phrase ("during talks with X", "after the meeting with X") qualifies
   * takes part in it. */
  meeting?: boolean;
}

/** Look-ups built once per sentence, so finding roles costs the same in a 30-token and a 30,000-token sentence. */
interface RoleIndex { members: Map<number, Chunk[]>; attached: Map<string, Chunk[]>; objectOf: Map<number, VerbGroup[]>; possessed: Map<number, Chunk> }
const indexes = new WeakMap<SentenceSyntax, RoleIndex>();

function indexOf(x: SentenceSyntax): RoleIndex {
  let ix = indexes.get(x);
  if (ix) return ix;
  ix = { members: new Map(), attached: new Map(), objectOf: new Map(), possessed: new Map() };
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
  for (const ch of x.chunks) {
    push(ix.members, ch.coordination, ch);
    if (ch.attachedTo) push(ix.attached, `${ch.attachedTo.kind}${ch.attachedTo.index}`, ch);
    if (ch.possessor !== null) ix.possessed.set(ch.possessor, ch);
  }
  for (const v of x.verbs) if (v.object !== null) push(ix.objectOf, v.object, v);
  indexes.set(x, ix);
  return ix;
}

/** Party entities a chunk names: its head's entity, a national modifier of an agent noun, its coordinated members,
 * the list that spells it out ("a U.S. team: Witkoff and Kushner"). A possessor stands for the phrase it opens:
 * "with Trump's envoy Witkoff and the president's son-in-law Kushner" names Witkoff and Kushner. */
export function chunkParties(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span, depth = 0): string[] {
  const out: string[] = [];
  const ix = indexOf(x);
  for (const member of ix.members.get(c.coordination) ?? [c]) {
    const own = ix.possessed.get(member.index) ?? member;
    for (const id of ownParties(x, own, o, trigger)) if (!out.includes(id)) out.push(id);
    const list = own.listedBy ?? member.listedBy;
    if (list !== null && depth < 2) for (const id of chunkParties(x, x.chunks[list], o, trigger, depth + 1)) if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** "The President of Ukraine", "the leaders of Rwanda and Congo", "his Iranian counterpart": an office named by its
 * state stands for the person the report names in that office, as well as for the state. */
function ownParties(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span): string[] {
  const found = withForcesState(namedParties(x, c, o, trigger), o.entities);
  // "Trump's team", "the Trump administration", "Netanyahu's government": a leader's people act for the leader's state.
  const head = x.tokens[c.head];
  if (!head.entity && COLLECTIVES.has(head.lower)) {
    const states = found.flatMap((id) => {
      const e = o.entities.byId(id);
      return e?.kind === 'person' && e.country ? stateOf(o.entities, e.country) : [];
    });
    if (states.length) return [...new Set([...found, ...states])];
  }
  const office = officeOf(x, c);
  if (!office || !found.length) return found;
  const holders = found.flatMap((id) => {
    const e = o.entities.byId(id);
    const h = e?.kind === 'state' && e.country ? holderOf(o.entities, e.country, office) : null;
    return h ? [h] : [];
  });
  return [...new Set([...holders, ...found])];
}

function namedParties(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span): string[] {
  const allowed = (i: number) => {
    const t = x.tokens[i];
    if (!t.entity || !t.entityKind || !PARTY_KINDS.has(t.entityKind)) return false;
    const q = o.quotes.find(([a, b]) => trigger[0] >= a && trigger[1] <= b);
    if (q) return t.start >= q[0] && t.end <= q[1];
    return !o.quotes.some(([a, b]) => t.start >= a && t.end <= b);
  };
  const head = x.tokens[c.head];
  if (allowed(c.head)) return [head.entity!];
  // "Russian forces", "the Sudanese army": a party modifying an agent noun is the party; "the Ukraine war" is a topic.
  // "Russian forces", "U.N. helicopters": a party modifying who or what acts is the party; "the Ukraine war",
  // "Gaza ceasefire talks" name a topic.
  if (AGENT_NOUNS.has(head.lemma) || AGENT_NOUNS.has(head.lower) || !TOPIC_NOUNS.has(head.lemma)) {
    for (let k = c.head - 1; k >= c.start; k--) if (allowed(k)) return [x.tokens[k].entity!];
  }
  // "the army of Myanmar", "the government of Sudan": an agent noun's "of" phrase names its party.
  if (AGENT_NOUNS.has(head.lemma) || AGENT_NOUNS.has(head.lower)) {
    // "the leaders of Rwanda and Congo": every coordinated member of the phrase.
    const of = hanging(x, 'chunk', c.index, ['of']).filter((ch) => ch.index !== c.index);
    const p = [...new Set(of.flatMap((ch) => ownParties(x, ch, o, trigger)))];
    if (p.length) return p;
  }
  // "security forces in Guinea", "authorities in Sudan", "rebels in Mali": an agent noun placed in a state.
  if (AGENT_NOUNS.has(head.lemma) || AGENT_NOUNS.has(head.lower)) {
    const placed = placedIn(x, c, o, trigger, allowed);
    if (placed.length) return placed;
  }
  // "students across Kenya", "activists from Fatah", "supporters of Ben Bella": people placed in or belonging to a party.
  if (PEOPLE_NOUNS.has(head.lower)) {
    const placed = peoplePlaced(x, c, allowed);
    if (placed.length) return placed;
  }
  // "thousands of Kenyans", "dozens of fighters": a quantity stands for what it counts.
  if (QUANTITIES.has(head.lemma) || QUANTITIES.has(head.lower)) {
    const counted = hanging(x, 'chunk', c.index, ['of']);
    if (counted.length) return ownParties(x, counted[0], o, trigger);
  }
  // "Israeli bulldozers", "Palestinian prisoners": a demonym names its party whatever noun it modifies.
  for (let k = c.head - 1; k >= c.start; k--) if (allowed(k) && x.tokens[k].via === 'demonym') return [x.tokens[k].entity!];
  // "Kosovo's teachers", "Ukraine's drones": the possessor stands for what it owns.
  if (c.possessor !== null) return ownParties(x, x.chunks[c.possessor], o, trigger);
  return [];
}

/** Agent nouns for a party that is not the state it is in: armed groups and the opposition. */
const NON_STATE_AGENTS = new Set(['rebel', 'rebels', 'fighter', 'fighters', 'militia', 'militias', 'group', 'groups', 'coalition', 'opposition', 'insurgents', 'militants']);

/**
 * "Security forces in Guinea", "authorities in Sudan": an agent noun placed in a state by "in" is that state's (the
 * state's side acts). "Rebels in Mali", "opposition groups in Zimbabwe" are not the state: they stand for the armed group
 * of that country the report named last before the trigger, else for no party.
 */
function placedIn(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span, allowed: (i: number) => boolean): string[] {
  const states = hanging(x, 'chunk', c.index, ['in', 'inside']).flatMap((ch) => {
    const h = x.tokens[ch.head];
    return allowed(ch.head) && h.entityKind === 'state' ? [h.entity!] : [];
  });
  if (!states.length) return [];
  const head = x.tokens[c.head];
  const nonState = NON_STATE_AGENTS.has(head.lower) || NON_STATE_AGENTS.has(head.lemma)
    || x.tokens.slice(c.start, c.head).some((t) => NON_STATE_AGENTS.has(t.lower));
  if (!nonState) return [states[0]];
  const country = o.entities.byId(states[0])?.country;
  let best: string | null = null, at = -1;
  for (const e of o.entities.entities) {
    if (e.kind !== 'group' || !country || e.country !== country) continue;
    for (const [a] of e.mentions) if (a < trigger[0] && a > at) { at = a; best = e.id; }
  }
  return best ? [best] : [];
}

/** Where people are ("in", "throughout", "across": a state) or whom they belong to ("from", "of": any
 * party) names the party they act for; a city or region names none. */
function peoplePlaced(x: SentenceSyntax, c: Chunk, allowed: (i: number) => boolean): string[] {
  const party = (ch: Chunk, states: boolean) => {
    const h = x.tokens[ch.head];
    if (allowed(ch.head) && (!states || h.entityKind === 'state')) return [h.entity!];
    // "from two American aid groups", "from the Fatah Party": a party word on the phrase's head names its party.
    if (!states) for (let k = ch.head - 1; k >= ch.start; k--) if (allowed(k)) return [x.tokens[k].entity!];
    return [];
  };
  const inside = hanging(x, 'chunk', c.index, ['in', 'throughout', 'across', 'inside']).flatMap((ch) => party(ch, true));
  return inside.length ? inside : hanging(x, 'chunk', c.index, ['from', 'of']).flatMap((ch) => party(ch, false));
}

/** Chunks coordinated before `c` that are nothing but one party name ("Israeli" in "Israeli and US strikes"). */
function sharedModifiers(x: SentenceSyntax, c: Chunk): string[] {
  const out: string[] = [];
  for (const m of indexOf(x).members.get(c.coordination) ?? []) {
    if (m.index >= c.index || m.entities.length !== 1) continue;
    let bare = true;
    for (let k = m.start; k < m.end; k++) if (x.tokens[k].entity !== m.entities[0]) bare = false;
    const kind = x.tokens[m.start].entityKind;
    if (bare && kind && PARTY_KINDS.has(kind)) out.push(m.entities[0]);
  }
  return out;
}

/** "The IDF", "the army" (a state's own armed forces): an organ of its state, so the state acts or is acted on too. */
function withForcesState(found: string[], index: EntityIndex): string[] {
  let out = found;
  for (const id of found) {
    const e = index.byId(id);
    if (e?.office !== STATE_FORCES || !e.country) continue;
    for (const s of stateOf(index, e.country)) if (!out.includes(s)) out = [...out, s];
  }
  return out;
}

/** The state entity the report names for `country`, if any. */
function stateOf(index: EntityIndex, country: string): string[] {
  const e = index.entities.find((x) => x.kind === 'state' && x.country === country && x.mentions.length > 0);
  return e ? [e.id] : [];
}

/** The office a phrase names by its head ("the president", "leaders", "his counterpart", "the prime minister"). */
function officeOf(x: SentenceSyntax, c: Chunk): string | null {
  const head = x.tokens[c.head];
  if (head.entity) return null;
  const before = c.head > c.start ? x.tokens[c.head - 1].lower : '';
  if (head.lemma === 'minister' && (before === 'prime' || before === 'foreign')) return `${before} minister`;
  return OFFICE_NOUNS.has(head.lemma) ? head.lemma : OFFICE_NOUNS.has(head.lower) ? head.lower : null;
}

/** The person the report names in `office` for `country`: the most-mentioned one whose office matches. */
function holderOf(index: EntityIndex, country: string, office: string): string | null {
  // A counterpart is whoever the report names for that state (its own office is the other side's); a leader heads it.
  const fits = (title: string | null) => {
    if (office.startsWith('counterpart')) return true;
    const t = (title ?? '').toLowerCase();
    if (/\b(?:vice|deputy|former|acting)\b/.test(t)) return false;
    return office.startsWith('leader') ? HEADS_OF_STATE.includes(t) : t === office;
  };
  let best: Entity | null = null;
  for (const e of index.entities) {
    if (e.kind !== 'person' || e.country !== country || !e.mentions.length || !fits(e.office)) continue;
    if (!best || e.mentions.length > best.mentions.length) best = e;
  }
  return best?.id ?? null;
}

/** Verbs of answering an act: the noun after their "with" is the answer, done by their subject. */
const RESPONSE_VERBS = new Set(['respond', 'retaliate', 'react', 'reply', 'answer', 'counter', 'hit', 'strike']);

/** Prepositions that place a meeting in time around the clause: "during talks with X, Y said" — Y took part. */
const TIME_PREPS = new Set(['during', 'after', 'following', 'at', 'before', 'ahead']);

/** "had a “very productive” conversation": the light verb right before a meeting noun in its clause, when quotation
 * marks or modifiers kept the syntax from linking it as the object. */
function heldBefore(x: SentenceSyntax, c: Chunk, light: (lemma: string) => boolean): VerbGroup | undefined {
  for (let k = c.start - 1; k >= 0 && k >= c.start - 8 && x.clauseOf[k] === x.clauseOf[c.start]; k--) {
    if (x.chunkOf[k] >= 0) return undefined;
    if (x.verbOf[k] >= 0) { const g = x.verbs[x.verbOf[k]]; return light(x.tokens[g.head].lemma) ? g : undefined; }
  }
  return undefined;
}

/** Chunks hanging, through one of `preps`, on a chunk that itself hangs on chunk or verb `index`. */
function nested(x: SentenceSyntax, kind: 'chunk' | 'verb', index: number, preps: readonly string[]): Chunk[] {
  return (indexOf(x).attached.get(`${kind}${index}`) ?? []).flatMap((ch) => hanging(x, 'chunk', ch.index, preps));
}

/** Chunks hanging on chunk `c` or verb `v` through one of `preps`; a possessor counts through the phrase it opens. */
function hanging(x: SentenceSyntax, kind: 'chunk' | 'verb', index: number, preps: readonly string[]): Chunk[] {
  const ix = indexOf(x);
  return (ix.attached.get(`${kind}${index}`) ?? []).filter((ch) => ch.prep !== null && preps.includes(ch.prep) && !ix.possessed.has(ch.index));
}

/** "failed to disarm and repatriate the fighters": a verb joined to the next by "and"/"or" shares its object. */
function sharedObject(x: SentenceSyntax, v: VerbGroup): number | null {
  const next = x.verbs[v.index + 1];
  if (!next || next.object === null || next.start !== v.end + 1) return null;
  const joiner = x.tokens[v.end].lower;
  if (joiner !== 'and' && joiner !== 'or') return null;
  const c = x.clauses[next.clause];
  return c.kind === 'coordinated' && next.subject === v.subject ? next.object : null;
}

export function verbRoles(x: SentenceSyntax, v: VerbGroup, o: RoleOptions, trigger: Span): Roles {
  const parties = (c: number | null) => (c === null ? [] : chunkParties(x, x.chunks[c], o, trigger));
  // "Putin gave no sign that he would accept it", "a Kremlin spokesman said he agreed": he/she in a dependent clause is
  // the subject of the clause it depends on.
  const bound = boundPronoun(x, v);
  const adverbial = adverbialSubject(x, v);
  let actor = bound !== null ? parties(bound) : adverbial !== null ? parties(adverbial) : [];
  if (!actor.length) actor = parties(v.subject);
  // "Pakistan reopened its border with Afghanistan": an object the subject owns names no other party.
  let recipient = parties(v.object ?? sharedObject(x, v)).filter((id) => !actor.includes(id));
  let how = v.subjectLent ? 'lent subject' : 'subject';
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
    // "reneged on the deal with Kosovo": one more phrase may hang on a phrase that hangs on the verb.
    const onVerb = hanging(x, 'verb', v.index, [...o.recipientPreps, 'on', 'over', 'about']).map((c) => c.index);
    const viaPrep = [...hanging(x, 'verb', v.index, o.recipientPreps),
      ...[...onObject, ...onVerb].flatMap((c) => hanging(x, 'chunk', c, o.recipientPreps))];
    recipient = viaPrep.flatMap((c) => chunkParties(x, c, o, trigger));
    const objects = [...(v.object === null ? [] : [x.chunks[v.object]]), ...viaPrep];
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
  // "Turkey is opposed to the plan", "Hamas is committed to the truce": a participle that names a stance, before "to"
  // and with no by-agent, is an adjective; its subject holds the stance.
  const stance = v.passive && v.agent === null && STANCE_PARTICIPLES.has(x.tokens[v.head].lower) && x.tokens[v.end]?.lower === 'to';
  if (!stance && (v.passive || v.agent !== null || o.roles === 'passive')) {
    const agent = parties(v.agent);
    if (agent.length) { recipient = actor; actor = agent; how = 'by-agent'; }
    // "Rwanda was accused of ...", "the convoy was attacked": with no by-agent the subject is the one acted on.
    else if (o.roles === 'svo' && v.passive && how === 'subject') { recipient = [...actor, ...recipient]; actor = []; how = 'passive subject'; }
  }
  if (o.roles === 'ovs') [actor, recipient] = [recipient, actor];
  return finish(actor, recipient, o, how);
}

export function nounRoles(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span): Roles {
  let actor: string[] = [], how = 'possessor';
  if (c.possessor !== null) actor = chunkParties(x, x.chunks[c.possessor], o, trigger);
  // "the Russian invasion", "Palestinian riots": a party modifying the event noun performs it.
  if (!actor.length) {
    for (let k = c.head - 1; k >= c.start; k--) {
      const t = x.tokens[k];
      // "the Berlin talks", "a Helsinki meeting": a city standing for its state names where a meeting was, not who met.
      if (o.meeting === true && t.via === 'metonym') continue;
      if (t.entity && t.entityKind && PARTY_KINDS.has(t.entityKind) && (t.via === 'demonym' || t.entityKind === 'state')) {
        actor = [t.entity]; how = 'modifier'; break;
      }
    }
    // "Israeli and US strikes", "Ukrainian and European negotiators": a bare party word coordinated before the noun
    // phrase modifies it too.
    if (actor.length) actor = [...sharedModifiers(x, c), ...actor];
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
    const light = (lemma: string) => LIGHT_VERBS.has(lemma) || (o.meeting === true && MEETING_LIGHT_VERBS.has(lemma));
    const v = (indexOf(x).objectOf.get(c.index) ?? []).find((g) => light(x.tokens[x.verbs[g.index].head].lemma))
      ?? (o.meeting === true ? heldBefore(x, c, light) : undefined);
    // Through verbRoles, so "he had a call with X" after "Y stated" is Y's, as any pronoun subject in reported speech.
    if (v && v.subject !== null) { actor = o.meeting === true ? verbRoles(x, v, { ...o, roles: 'svo' }, trigger).actor : chunkParties(x, x.chunks[v.subject], o, trigger); how = 'light verb'; }
    if (v && !recipient.length) recipient = [...hanging(x, 'verb', v.index, o.recipientPreps), ...nested(x, 'verb', v.index, o.recipientPreps)].flatMap((ch) => chunkParties(x, ch, o, trigger));
  }
  if (!actor.length && o.meeting === true && c.prep !== null && TIME_PREPS.has(c.prep) && c.attachedTo?.kind !== 'verb') {
    // A time phrase opening the sentence ("During talks with X, Y said") qualifies the main clause after it.
    const v = x.verbs.find((g) => g.start >= c.end && x.clauses[g.clause].kind === 'main' && g.subject !== null);
    if (v) { actor = verbRoles(x, v, { ...o, roles: 'svo' }, trigger).actor; how = 'subject of the clause it qualifies'; }
  }
  // "retaliated with bans on imports", "responded with air strikes": what a response is made with is the responder's act.
  const response = c.prep === 'with' && c.attachedTo?.kind === 'verb' && RESPONSE_VERBS.has(x.tokens[x.verbs[c.attachedTo.index].head].lemma);
  if (!actor.length && c.attachedTo?.kind === 'verb' && (c.prep === 'in' || c.prep === 'as' || c.prep === 'by' || response
    || (o.meeting === true && c.prep !== null && TIME_PREPS.has(c.prep)))) {
    // "blocked the road in protest": a manner phrase's act is done by the verb's subject.
    const v = x.verbs[c.attachedTo.index];
    actor = verbRoles(x, v, { ...o, roles: 'svo' }, trigger).actor;
    how = 'subject of the verb it qualifies';
  }
  return finish(actor, recipient, o, how);
}

/** The party a pronoun ("he", "it") or a definite description ("the group", "the country") refers back to. */
function referredTo(x: SentenceSyntax, c: Chunk, o: RoleOptions, exclude: readonly string[]): string[] {
  if (c.entities.length) return [];
  const kinds = anaphorKinds(x.tokens.slice(c.start, c.end).map((t) => t.lower));
  if (!kinds) return [];
  const start = x.tokens[c.start].start;
  // Inside or outside a quotation, only the words on the same side of its marks count as the text before.
  if (o.quotes.some(([a, b]) => start >= a && start < b)) return [];
  const e = antecedent(o.entities, start, kinds, exclude);
  return e ? [e.id] : [];
}

/** Words that open an adverbial "-ing" clause ("by praising", "while visiting", "after meeting"). */
const ADVERBIAL_OPENERS = new Set(['by', 'while', 'after', 'before', 'without', 'through', 'upon', 'when', 'since', 'despite']);

/**
 * "X opened the summit by praising Y", "After meeting Y, X said": an "-ing" verb opened by a preposition or
 * conjunction is done by the subject of the clause it qualifies — the verb before it, else the main verb after it —
 * never by that verb's object.
 */
function adverbialSubject(x: SentenceSyntax, v: VerbGroup): number | null {
  const h = x.tokens[v.head];
  if (v.start === 0 || !h.lower.endsWith('ing') || !ADVERBIAL_OPENERS.has(x.tokens[v.start - 1].lower)) return null;
  if (v.subject !== null && !v.subjectLent) return null;
  for (let k = v.index - 1; k >= 0; k--) {
    const g = x.verbs[k];
    if (g.subject !== null && g.end < v.start) return g.subject;
  }
  const main = x.verbs.find((g) => g.index > v.index && x.clauses[g.clause].kind === 'main' && g.subject !== null && x.chunks[g.subject].start > v.end);
  return main?.subject ?? null;
}

const PERSONAL = new Set(['he', 'she']);
const DEPENDENT = new Set(['reported', 'subordinate']);

/** The governing clause's subject when `v`'s subject is a lone "he"/"she" in a reported or subordinate clause. */
function boundPronoun(x: SentenceSyntax, v: VerbGroup): number | null {
  if (v.subject === null) return null;
  const s = x.chunks[v.subject];
  if (s.end - s.start !== 1 || !PERSONAL.has(x.tokens[s.start].lower)) return null;
  const clause = x.clauses[v.clause];
  if (!DEPENDENT.has(clause.kind) || clause.parent === null) return null;
  for (let k = v.index - 1; k >= 0; k--) {
    const g = x.verbs[k];
    if (g.clause !== clause.parent || g.end > clause.start) continue;
    if (g.subject === null || g.subject === v.subject) return null;
    const head = x.tokens[x.chunks[g.subject].head];
    return head.pos === 'PRON' && !PERSONAL.has(head.lower) ? null : g.subject;
  }
  return null;
}

/** The subject of the verb of saying that governs `v`'s clause ("Iran said the attack would not go unanswered"). */
export function speakerOf(x: SentenceSyntax, v: VerbGroup, o: RoleOptions, trigger: Span): string[] {
  const clause = x.clauses[v.clause];
  if (clause.kind !== 'reported' || clause.parent === null) return [];
  for (let k = v.index - 1; k >= 0; k--) {
    const g = x.verbs[k];
    if (g.clause === clause.parent && g.end <= clause.start) return g.subject === null ? [] : chunkParties(x, x.chunks[g.subject], o, trigger);
  }
  return [];
}

/**
 * "Switzerland said today it had expelled ...", "NATO confirmed on Wednesday it would ...": a pronoun subject (or a
 * phrase a possessive pronoun opens) with no entity stands for the subject of the nearest verb of saying before it.
 */
function reportingSubject(x: SentenceSyntax, v: VerbGroup): number | null {
  if (v.subject === null) return null;
  const s = x.chunks[v.subject];
  if (x.tokens[s.head].pos !== 'PRON' && !POSSESSIVE_DETERMINERS.has(x.tokens[s.start].lower)) return null;
  for (let k = v.index - 1; k >= 0 && k >= v.index - 3; k--) {
    const g = x.verbs[k];
    if (SPEECH_VERBS.has(x.tokens[g.head].lemma) && g.subject !== null && g.subject !== v.subject) return g.subject;
  }
  return null;
}

function finish(actor0: string[], recipient0: string[], o: RoleOptions, how: string): Roles {
  const actor = [...new Set(actor0)], recipient = [...new Set(recipient0)];
  if (o.roles === 'all') return { actor: [...new Set([...actor, ...recipient])], recipient: [], how };
  return { actor, recipient: recipient.filter((id) => !actor.includes(id)), how };
}

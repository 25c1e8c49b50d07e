// The parties a noun phrase names: its head's entity, a party modifying an agent noun, an "of"/"in"/"from" phrase, a
// possessor, a leader's collective, an office (a pronoun's antecedent is ./referred-parties.ts).
import type { SentenceSyntax, Chunk } from '../syntax/types.js';
import type { Span } from '../record.js';
import { AGENT_NOUNS, PEOPLE_NOUNS } from '../syntax/lexicon.data.js';
import type { RoleOptions } from './role-options.js';
import { hanging, indexOf } from './role-index.js';
import { holderOf, officeOf, stateOf, withForcesState } from './party-offices.js';

export const PARTY_KINDS = new Set(['person', 'state', 'organization', 'group']);
/** Nouns a party name modifies as a topic, not as an actor ("the Ukraine war", "the Gaza deal"). */
const TOPIC_NOUNS = new Set(['war', 'conflict', 'crisis', 'peace', 'ceasefire', 'truce', 'talk', 'talks', 'front', 'issue', 'question',
  'settlement', 'plan', 'deal', 'summit', 'negotiation', 'negotiations', 'file', 'policy', 'process', 'agreement', 'accord', 'border',
  'region', 'territory', 'city', 'port', 'province', 'crossing', 'sanction', 'sanctions', 'proposal', 'framework', 'dispute', 'visit', 'trip']);
/** People who report on or judge a party, not for it: "Moroccan media blamed the rebels" is no act of Morocco. */
const OBSERVER_NOUNS = new Set(['media', 'press', 'newspaper', 'newspapers', 'outlet', 'outlets', 'analyst', 'analysts', 'commentator',
  'commentators', 'observer', 'observers', 'expert', 'experts', 'journalist', 'journalists', 'reporter', 'reporters', 'pundit', 'pundits', 'blogger', 'bloggers']);
/** Heads that name a leader's people acting for the state: "Trump's team", "the Netanyahu government". */
const COLLECTIVES = new Set(['team', 'administration', 'government', 'cabinet', 'delegation', 'negotiators', 'envoys', 'officials', 'aides', 'camp']);
const QUANTITIES = new Set(['third', 'half', 'part', 'most', 'thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'thousand', 'hundred', 'dozen', 'group', 'crowd', 'crowds', 'number', 'members', 'countries', 'nations', 'states', 'some', 'many']);
/** Agent nouns for people who speak or act for a party: "from" names the party they represent. */
/** Words for a polity that its "of" phrase names: "the breakaway region of Somaliland", "the Republic of Kosovo". */
const POLITIES = new Set(['region', 'republic', 'state', 'territory', 'province', 'enclave', 'kingdom', 'emirate', 'entity', 'autonomous']);
const REPRESENTATIVES = new Set(['leaders', 'leader', 'officials', 'official', 'representatives', 'delegates', 'envoys', 'envoy', 'ministers',
  'diplomats', 'negotiators', 'delegation', 'delegations', 'spokesman', 'spokeswoman', 'spokesperson', 'team']);

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
  if (!out.length && depth < 2) out.push(...bracketedMembers(x, c, o, trigger, depth));
  if (!out.length && depth < 2) out.push(...affiliatedTo(x, c, o, trigger, depth));
  return out;
}

/** Participles that tie fighters to the party they fight for: "fighters linked to X", "forces allied with X". */
const AFFILIATING = new Set(['link', 'ally', 'affiliate', 'tie', 'align', 'connect']);

/** "Fighters linked to al-Shabaab attacked": armed men tied by a participle to a party act for it. */
function affiliatedTo(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span, depth: number): string[] {
  const head = x.tokens[c.head];
  if (!AGENT_NOUNS.has(head.lower) && !AGENT_NOUNS.has(head.lemma)) return [];
  const v = x.verbs.find((g) => g.start === c.end && g.start === g.head);
  if (!v || !AFFILIATING.has(x.tokens[v.head].lemma) || x.tokens[v.head].lower.endsWith('ing')) return [];
  return hanging(x, 'verb', v.index, ['to', 'with']).flatMap((ch) => chunkParties(x, ch, o, trigger, depth + 1));
}

/** Participles that say who made a thing when a party is hyphenated to them ("U.S.-proposed", "Egypt-mediated"). */
const AUTHORING = new Set(['proposed', 'drafted', 'brokered', 'mediated', 'sponsored', 'authored', 'tabled', 'negotiated']);

function authoredBy(x: SentenceSyntax, c: Chunk, allowed: (i: number) => boolean): string | null {
  return hyphenatedParty(x, c, AUTHORING, allowed);
}

/** The party glued by a hyphen to one of `participles` inside the phrase, before its head ("U.S.-brokered"). */
export function hyphenatedParty(x: SentenceSyntax, c: Chunk, participles: ReadonlySet<string>,
  allowed: (i: number) => boolean = (i) => x.tokens[i].entity !== null): string | null {
  for (let k = c.start + 1; k + 1 < c.head; k++) {
    if ((x.tokens[k].lower === '-' || x.tokens[k].lower === '‐') && participles.has(x.tokens[k + 1].lower) && allowed(k - 1)) return x.tokens[k - 1].entity;
  }
  return null;
}

/** "The Nordic countries (Norway, Sweden and Finland) met": a bracket right after a group noun that holds nothing but
 * a coordinated list of parties spells the group out. */
function bracketedMembers(x: SentenceSyntax, c: Chunk, o: RoleOptions, trigger: Span, depth: number): string[] {
  const last = (indexOf(x).members.get(c.coordination) ?? [c]).at(-1)!;
  if (x.tokens[last.end]?.lower !== '(' || x.chunkOf[last.end + 1] < 0) return [];
  const first = x.chunks[x.chunkOf[last.end + 1]];
  const members = indexOf(x).members.get(first.coordination) ?? [first];
  if (x.tokens[members.at(-1)!.end]?.lower !== ')') return [];
  return [...new Set(members.flatMap((m) => chunkParties(x, m, o, trigger, depth + 1)))];
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
  // "US Special Envoy for Ukraine Keith Kellogg": a title whose "for" phrase ends in a person's name is that person's.
  if (REPRESENTATIVES.has(head.lower)) {
    const holder = hanging(x, 'chunk', c.index, ['for']).find((f) => allowed(f.head) && x.tokens[f.head].entityKind === 'person');
    if (holder) return [x.tokens[holder.head].entity!];
  }
  // "Russian forces", "the Sudanese army": a party modifying an agent noun is the party; "the Ukraine war" is a topic.
  // "Russian forces", "U.N. helicopters": a party modifying who or what acts is the party; "the Ukraine war",
  // "Gaza ceasefire talks" name a topic.
  const observers = OBSERVER_NOUNS.has(head.lower) || OBSERVER_NOUNS.has(head.lemma);
  if (!observers && (AGENT_NOUNS.has(head.lemma) || AGENT_NOUNS.has(head.lower) || !TOPIC_NOUNS.has(head.lemma))) {
    for (let k = c.head - 1; k >= c.start; k--) if (allowed(k)) return [x.tokens[k].entity!];
  }
  // "the U.S.-proposed truce", "a Qatar-brokered deal": a party glued to the participle that says who made the thing
  // is whose it is.
  const author = authoredBy(x, c, allowed);
  if (author !== null) return [author];
  // "the army of Myanmar", "the government of Sudan": an agent noun's "of" phrase names its party.
  if (AGENT_NOUNS.has(head.lemma) || AGENT_NOUNS.has(head.lower) || REPRESENTATIVES.has(head.lower) || POLITIES.has(head.lower)) {
    // "the leaders of Rwanda and Congo": every coordinated member of the phrase.
    // "leaders from the coalition", "officials from Kyiv": people who represent a party come from it (forces "from"
    // a place are leaving it, so only representatives read "from").
    const preps = REPRESENTATIVES.has(head.lower) ? ['of', 'from'] : ['of'];
    const of = hanging(x, 'chunk', c.index, preps).filter((ch) => ch.index !== c.index);
    const p = [...new Set(of.flatMap((ch) => ownParties(x, ch, o, trigger)))];
    if (p.length) return p;
    // "the Ministry of Foreign Affairs of Türkiye": past a portfolio naming no party, the next "of" names the state.
    const further = of.flatMap((ch) => hanging(x, 'chunk', ch.index, ['of'])).filter((ch) => ch.index !== c.index);
    const q = [...new Set(further.flatMap((ch) => ownParties(x, ch, o, trigger)))];
    if (q.length) return q;
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
    // "the 30 countries of the coalition", "member states from the bloc": members stand for what they belong to.
    const counted = hanging(x, 'chunk', c.index, ['of', 'from']);
    if (counted.length) return ownParties(x, counted[0], o, trigger);
  }
  // "Israeli bulldozers", "Palestinian prisoners": a demonym names its party whatever noun it modifies.
  if (!observers) for (let k = c.head - 1; k >= c.start; k--) if (allowed(k) && x.tokens[k].via === 'demonym') return [x.tokens[k].entity!];
  // "Kosovo's teachers", "Ukraine's drones": the possessor stands for what it owns.
  if (c.possessor !== null) return ownParties(x, x.chunks[c.possessor], o, trigger);
  // "Eritrea, whose troops fought ...": "whose" makes the noun before the clause the owner.
  const owner = whoseOwner(x, c);
  if (owner !== null && (AGENT_NOUNS.has(head.lower) || AGENT_NOUNS.has(head.lemma))) return ownParties(x, x.chunks[owner], o, trigger);
  return [];
}

/** The chunk a "whose" before `c` hangs on ("Eritrea, whose troops": Eritrea), skipping one comma. */
function whoseOwner(x: SentenceSyntax, c: Chunk): number | null {
  if (x.tokens[c.start - 1]?.lower !== 'whose') return null;
  for (const k of [c.start - 2, c.start - 3]) {
    const at = x.chunkOf[k] ?? -1;
    if (at >= 0 && x.chunks[at].end === k + 1) return at;
    if (x.tokens[k]?.lower !== ',') return null;
  }
  return null;
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
export function sharedModifiers(x: SentenceSyntax, c: Chunk): string[] {
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

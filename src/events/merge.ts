// One real event mentioned several times in a report becomes one event (a headline, a caption and three body
// mentions of one prisoner swap are one RETREAT). Two candidates are the same event when they share category,
// compatible mode, date and place, the same modality, and one's sides include the other's — for meetings and material
// acts a side is a party's country, so "Kyiv", "Ukraine" and "Zelensky" are one side. The kept event shows its most informative mention: the one with
// the most stated parties, a stated date and a place. A bare noun mention with no modal cue ("a direct call between X
// and Y") takes the modality of the explicit mention it merges with.
import type { EntityIndex } from '../context.js';
import type { Candidate } from './find.js';
import { partySide } from './sides.js';
import { datesCompatible, sameStatedDay, undatedOrSameDay } from './merge-dates.js';
import { joinReferred } from './merge-referred.js';
import { splitReciprocal } from './reciprocal.js';
import { absorb, parties, weak, WEAK_RULES } from './merge-absorb.js';
import { endsPlural, endsWithAnd, namesTruce, otherDeal } from './deal-words.js';
import type { Token } from '../nlp/wink.js';
import type { Span } from '../record.js';

// Acts done in the world rather than by saying (PLOVER's material categories): each happens once however often told.
const MATERIAL = new Set(['RETREAT', 'ASSAULT', 'MOBILIZE', 'AID', 'COERCE', 'SANCTION', 'COOPERATE', 'PROTEST']);
/** An agreement told as a noun ("the deal", "the signing of the accord", "an agreement was reached"): it refers back to
 * the agreement the report tells, unless the sentence sets it apart as another one. */
const NOMINAL_RULES = new Set(['agree.deal-noun', 'agree.deal-between', 'agree.reached-passive', 'agree.signings', 'agree.signed-by', 'agree.deal-mediated']);
/** One side's stance rather than a deal made ("offered guarantees", "is ready to", "pledged"): no noun mention of
 * "the agreement" retells it — a proposal and its later acceptance are two events. */
const STANCE_RULES = /^agree\.(?:offer|offered-by|offer-thing|ready|will|pledge|commit|stance-|unveil-plan|decide-allow|lead-to)/;
/** Verbs of demanding a party ("called on", "urged", "demanded", "appealed"), as opposed to a demand told as a noun or
 * by the modal of its content ("must", "should", "needs to"). */
const DEMAND_VERBS = /^request\.(?:call-on|demand|appeal|ask|press|insist|order|seek|warn-against|invite-to)$/;
/** Signing a deal: done once for each side, whoever signs for it ("the minister signed", "the government signed"), so
 * signings compare by side like material acts. */
const SIGNING_RULES = new Set(['agree.signed', 'agree.signed-by', 'agree.signings']);

/** A party's side (./sides.ts); a party the index does not know is a side of its own. */
function sideOfParty(index: EntityIndex | undefined, id: string): string {
  const e = index?.byId(id);
  return e ? partySide(index!, e) ?? id : id;
}

export interface MergeDeps {
  /** Maps parties to their sides; without it every party is a side of its own. */
  index?: EntityIndex;
  /** The report's text: a sentence told twice word for word (a headline repeated as a caption) is one mention. */
  text?: string;
  /** The tokens inside a span of the report, to read a mention's words (what deal it names, what joins two). */
  words?: (span: Span) => readonly Token[];
}

interface Sides {
  sideOf: (id: string) => string; sentenceText: (c: Candidate) => string;
  /** The words between two mentions' triggers. */
  between: (a: Candidate, b: Candidate) => readonly Token[];
  words: (span: Span) => readonly Token[];
  isPerson: (id: string) => boolean;
}

export function mergeCandidates(cands: Candidate[], deps: MergeDeps = {}): Candidate[] {
  const words = deps.words ?? (() => []);
  const how: Sides = {
    sideOf: (id) => sideOfParty(deps.index, id),
    sentenceText: (c) => (deps.text ? deps.text.slice(c.sentence[0], c.sentence[1]).trim() : String(c.sentence[0])),
    between: (a, b) => words([Math.min(a.span[1], b.span[1]), Math.max(a.span[0], b.span[0])]),
    words,
    isPerson: (id) => deps.index?.byId(id)?.kind === 'person',
  };
  const out: Candidate[] = [];
  for (const c of cands) {
    const same = out.find((o) => sameEvent(o, c, how));
    if (!same) { out.push({ ...c }); continue; }
    absorb(same, c);
  }
  const joined = joinUnnamed(out, how);
  if (!deps.text) return joined;
  // Then the converse: a reciprocal act ("praised each other") is two events, one per direction.
  const told = { sideOf: how.sideOf, words };
  return splitReciprocal(joinReferred(joined, told, absorb), told);
}

/** A mention that names no side ("the two sides agreed to halt the fighting", "a deal was struck") waits for the
 * report's two main sides; when exactly one event with named sides could be what it retells, it is that event. */
function joinUnnamed(events: Candidate[], how: Sides): Candidate[] {
  const gone = new Set<Candidate>();
  for (const w of events) {
    // Unnamed fighting ("the clashes") is the conflict as a whole, not one named clash (see sameEvent).
    if (!w.sidesNeeded || w.actor.length || w.recipient.length || MATERIAL.has(w.event)) continue;
    // "Both sides" stands for two: only an event of two sides or more can be the one it retells.
    // Nor does a deal retell one side's stance (an offer, a pledge).
    const fits = events.filter((e) => e !== w && !gone.has(e) && !e.sidesNeeded && sides(parties(e), how.sideOf).size > 1
      && !STANCE_RULES.test(e.rule) && sameEvent(e, lend(w, e), how));
    if (fits.length !== 1) continue;
    absorb(fits[0], w);
    gone.add(w);
  }
  return events.filter((e) => !gone.has(e));
}

/** The unnamed mention read with the named event's parties (as borrowed, not stated). */
function lend(w: Candidate, named: Candidate): Candidate {
  return { ...w, actor: named.actor, recipient: named.recipient, sidesNeeded: false, inferred: [...parties(named)] };
}

function statedParties(c: Candidate): Set<string> {
  return new Set([...parties(c)].filter((id) => !(c.inferred ?? []).includes(id)));
}

function sides(ids: Iterable<string>, sideOf: (id: string) => string): Set<string> {
  return new Set([...ids].map(sideOf));
}

const within = (small: Set<string>, big: Set<string>) => [...small].every((x) => big.has(x));

function sameEvent(a: Candidate, b: Candidate, how: Sides): boolean {
  // A meeting or a material act is one occurrence whoever is named for a side ("Kyiv", "Zelensky"); statements are
  // each speaker's own ("Abiy demanded" and "Ethiopia requested" may be two requests), so they compare by party.
  if (a.event !== b.event) return false;
  if ((a.besideReferred || b.besideReferred) && a.sentence[0] !== b.sentence[0] && !samePeople(a, b, how)) return false;
  const signings = SIGNING_RULES.has(a.rule) && SIGNING_RULES.has(b.rule) && !setApart(a, how) && !setApart(b, how);
  const sideOf = a.event === 'CONSULT' || MATERIAL.has(a.event) || signings ? how.sideOf : (id: string) => id;
  if (a.mode !== b.mode && (a.mode === 'phone' || b.mode === 'phone' || (a.mode && b.mode)) && !callRetold(a, b, sideOf)) return false;
  // A signing with only the report's day lent to it (no date of its own) may retell a dated signing.
  const lentDay = signings && !!a.date?.inferred !== !!b.date?.inferred;
  if (!datesCompatible(a.date, b.date) && !lentDay) return false;
  // Talks in Moscow and talks in Abu Dhabi are two meetings (Mar-a-Lago and Florida may be one).
  const pa0 = a.where?.entity ? sideOf(a.where.entity) : null, pb0 = b.where?.entity ? sideOf(b.where.entity) : null;
  if (pa0 && pb0 && pa0 !== pb0) return false;
  if (!modalityCompatible(a, b, how)) return false;
  // Events still waiting for their sides merge only with their like.
  if (!!a.sidesNeeded !== !!b.sidesNeeded) return false;
  const pa = parties(a), pb = parties(b);
  const sa = sides(pa, sideOf), sb = sides(pb, sideOf);
  const [small, big] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (!within(small, big)) return false;
  // A deal signed with a further side ("also signed economic agreements with the US") is another deal; a noun
  // mention ("the signing of the declaration") still refers back to the one told.
  // A signing told of one side only ("the minister signed it") names no counterpart that could set it apart: it is
  // that side's signing of the deal told.
  const oneSided = signings && small.size === 1;
  if (signings && small.size !== big.size && !oneSided && !nominal(a, how) && !nominal(b, how)) return false;
  // Parties a mention only borrows ("the talks were preceded by a visit by X" lends the talks' parties) do not make it
  // the other event: its own named parties must be within the other's.
  if ((a.inferred ?? []).length || (b.inferred ?? []).length) {
    const ta = sides(statedParties(a), sideOf), tb = sides(statedParties(b), sideOf);
    if (!within(ta, tb) && !within(tb, ta)) return false;
  }
  const sameSentence = a.sentence[0] === b.sentence[0] || sameWords(how.sentenceText(a), how.sentenceText(b));
  // What did not happen is only the same event when it has the very same sides.
  if (a.modality !== 'asserted' && b.modality !== 'asserted' && small.size !== big.size) return false;
  // A one-side mention only joins a larger event of the same sentence or a meeting-noun reference.
  const noun = (nominal(a, how) && !STANCE_RULES.test(b.rule)) || (nominal(b, how) && !STANCE_RULES.test(a.rule));
  const lonelyCall = (sa.size === 1 ? a : b).mode === 'phone' && sameStatedDay(a, b);
  if (small.size === 1 && big.size > 1 && !sameSentence && !WEAK_RULES.has(b.rule) && !WEAK_RULES.has(a.rule) && !noun && !lonelyCall && !oneSided) return false;
  if (a.event !== 'CONSULT') {
    // Outside meetings the direction matters: the same acting sides, one's within the other's.
    const aa = sides(a.actor, sideOf), ba = sides(b.actor, sideOf);
    if (!within(aa, ba) && !within(ba, aa)) return false;
    // Saying is done again and again: two mentions of agreeing in different sentences are often two agreements
    // ("agreed to a truce", later "agreed to convene"), one only when told of the same day. A material act (a release,
    // a strike, a withdrawal) happens once and is retold: the same sides with no day against it are one act.
    // Mentions of fighting that name no side ("the clashes", "hostilities") all wait for the report's two main sides:
    // they are one conflict told again, not a new clash each time.
    const unnamed = !!a.sidesNeeded && !!b.sidesNeeded && sa.size === 0 && sb.size === 0;
    const retold = ((MATERIAL.has(a.event) || signings) && sa.size === sb.size && (sa.size > 1 || unnamed) || oneSided) && undatedOrSameDay(a, b);
    // One ceasefire is agreed once and retold ("agreed to a truce", later "the truce was agreed by both"): agreements
    // of the same sides that both concern a ceasefire are one agreement unless their days differ.
    const agreedOnce = a.event === 'AGREE' && undatedOrSameDay(a, b) && !setApart(a, how) && !setApart(b, how);
    const oneTruce = agreedOnce && namesTruce(how.words(a.sentence)) && namesTruce(how.words(b.sentence));
    // "The deal", "the signing of the accord": a noun mention of an agreement refers back to the one told.
    // One party asking the same thing in two sentences ("called for the release of ...", later "urged the government
    // to release ...") is one demand told again.
    const askedAgain = a.event === 'REQUEST' && a.asked !== undefined && a.asked === b.asked && undatedOrSameDay(a, b);
    if (!sameSentence && !sameStatedDay(a, b) && !retold && !oneTruce && !(agreedOnce && noun) && !askedAgain) return false;
    if (twoDemands(a, b, how)) return false;
  }
  return true;
}

/** "Before the talks, Wang met Doval": a meeting timed by another is that other one only if its people are all in it. */
function samePeople(a: Candidate, b: Candidate, how: Sides): boolean {
  const pa = new Set([...statedParties(a)].filter(how.isPerson)), pb = new Set([...statedParties(b)].filter(how.isPerson));
  return within(pa, pb) || within(pb, pa);
}

/** "my call with the premier this morning" and "the president, who talked with the premier that day": a call and a talk of no
 * stated mode on the same stated day are one conversation when the call's sides are all in the talk's. */
function callRetold(a: Candidate, b: Candidate, sideOf: (id: string) => string): boolean {
  if (a.event !== 'CONSULT' || !sameStatedDay(a, b)) return false;
  const [call, talk] = a.mode === 'phone' ? [a, b] : [b, a];
  return call.mode === 'phone' && !talk.mode && within(sides(parties(call), sideOf), sides(parties(talk), sideOf));
}

/** A sentence told twice word for word, or once more behind page clutter glued to it (a menu label run into
 * the title above the title itself): a long ending the other sentence is entirely. */
function sameWords(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 40 && long.endsWith(short);
}

/** "called for a truce and urged Venezuela to reopen the border", "called for full compliance and urged the return of
 * refugees": two demanding verbs joined by "and" ask two things, whoever they are addressed to, so they are two
 * demands. (A demand retold as a noun, "a call Caracas rejected", is the same one; so is a demand's own content,
 * "suggested that Kyiv should", and a participle that goes on telling it, "..., insisting".) */
function twoDemands(a: Candidate, b: Candidate, how: Sides): boolean {
  if (a.event !== 'REQUEST' || a.sentence[0] !== b.sentence[0] || a.span[0] === b.span[0]) return false;
  return DEMAND_VERBS.test(a.rule) && DEMAND_VERBS.test(b.rule) && endsWithAnd(how.between(a, b));
}

/** An agreement named as a noun, one of a kind ("the deal", not "the accords"). */
function nominal(c: Candidate, how: Sides): boolean {
  return NOMINAL_RULES.has(c.rule) && !endsPlural(how.words(c.span));
}

/** The sentence marks its agreement as another one ("a separate deal", "previous accords"). */
const setApart = (c: Candidate, how: Sides) => otherDeal(how.words(c.sentence));

function modalityCompatible(a: Candidate, b: Candidate, how: Sides): boolean {
  if (a.modality === b.modality) return true;
  // A bare noun mention lends itself only to an event with exactly its parties, and not to a plan when its own
  // sentence dates it ("Friday's meeting was productive" is the meeting held, not the one they will hold).
  const datedHere = (c: Candidate) => !!c.date?.value && !c.date.inferred && !!c.date.text && how.sentenceText(c).includes(c.date.text);
  const lends = (w: Candidate, other: Candidate) => weak(w) && !(other.modality !== 'asserted' && datedHere(w));
  return (lends(a, b) || lends(b, a)) && parties(a).size === parties(b).size;
}

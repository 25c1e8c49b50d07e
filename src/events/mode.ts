// The CONSULT mode when the words do not say it: from where the meeting was, whose home that is, and how many sides
// took part (../shared/eval/GUIDE.md: visit = one side travels to the other; third-party = two sides meet at a third
// party's venue; multilateral = three or more sides, or a summit or conference). Runs twice: on the parties the text
// names, and again once ./counterpart.ts has completed an implied other side.
import type { EntityIndex } from '../context.js';
import type { ExtractedEvent, Span } from '../record.js';
import { hasPhrase, hasWord, type Worded } from '../syntax/phrases.js';
import { GATHERING_NOUNS, IN_PERSON_PHRASES, IN_PERSON_WORDS, MEDIATION_PHRASES, MEDIATION_WORDS } from '../words/meeting.js';

// Rules whose trigger is a conversation verb ("spoke with", "talked to"): with no venue of their own, a call. People
// who are together are told as meeting ("met", "held talks"), or the sentence places them.
const CONVERSATION_RULES = new Set(['consult.talk-with']);
// Rules whose trigger names a host receiving guests ("hosted", "welcomed"): the host is the recipient.
const HOSTING_RULES = new Set(['consult.visit.host']);

// A gathering noun: a summit or conference is multilateral unless it is plainly one side's visit to the other.
const gathering = (words: readonly Worded[]) => hasWord(words, GATHERING_NOUNS);
// A go-between named in the meeting's sentence: the sides meet through a third party, however many are named.
const mediated = (words: readonly Worded[]) => hasWord(words, MEDIATION_WORDS) || hasPhrase(words, MEDIATION_PHRASES);
// Being together or travelling ("met on the sidelines", "flew to", "face-to-face"): a conversation so told is no call.
const inPerson = (words: readonly Worded[]) => hasWord(words, IN_PERSON_WORDS) || hasPhrase(words, IN_PERSON_PHRASES);

export interface ModeDeps {
  index: EntityIndex;
  /** The tokens inside a span of the report (the meeting's sentence, its trigger), to read their words. */
  words?: (span: Span) => readonly Worded[];
  /** The venue another mention of the meeting names, when this one names none (see `venuesLent`). */
  venue?: string | null;
}

export function inferMode(e: ExtractedEvent, deps: ModeDeps | EntityIndex): ExtractedEvent {
  const { index, words, venue } = 'index' in deps ? deps : { index: deps, words: undefined, venue: null };
  if (e.event !== 'CONSULT' || e.mode === 'phone' || e.mode === 'multilateral' || e.mode === 'third-party') return e;
  const parties = [...e.actor, ...e.recipient].map((id) => index.byId(id)).filter((x) => x !== undefined);
  const countries = new Set(parties.map((p) => p.country).filter((c): c is string => !!c));
  const sentence = words ? words(e.sentence) : [];
  if (CONVERSATION_RULES.has(e.rule) && !e.where && !e.mode && words && !inPerson(sentence)) return { ...e, mode: 'phone' };
  const trigger = words ? words(e.span) : [];
  if (mediated(sentence) && !gathering(trigger) && e.mode !== 'visit' && sideCount(parties) >= 2) return { ...e, mode: 'third-party' };
  // A visit the words tell ("visited", "a trip to") stays one, whoever else the report lends it.
  if ((countries.size >= 3 || (sideCount(parties) >= 3 && !e.where && !venue)) && e.mode !== 'visit') return { ...e, mode: 'multilateral' };
  const placeId = e.where?.entity ?? venue ?? null;
  const place = placeId ? index.byId(placeId) : undefined;
  const home = place?.country ?? null;
  const atHome = home !== null && countries.has(home);
  // "a summit in Paris", "attended a conference": a gathering of many, unless two sides meet at one's home.
  if (!e.mode && gathering(trigger) && !(atHome && countries.size === 2)) return { ...e, mode: 'multilateral' };
  if (e.mode === 'visit') {
    // "Ghana hosted the leaders of Togo and Benin": a host receiving two other sides brings them together.
    const guests = sideCount(e.actor.map((id) => index.byId(id)).filter((x) => x !== undefined));
    const hostSides = new Set(e.recipient.map((id) => sideOf(index.byId(id))));
    if (HOSTING_RULES.has(e.rule) && e.recipient.length && guests >= 2 && !e.actor.some((id) => hostSides.has(sideOf(index.byId(id))))) return { ...e, mode: guests === 2 ? 'third-party' : 'multilateral' };
    if (e.recipient.length || !home || !e.where) return e;
    // "a visit to Tehran by the IAEA chief": a visit to a place abroad is a visit to the state it is in.
    // A host the sentence names itself ("to meet Trump") is left to the parties the report completes.
    const named = index.mentionsIn(e.sentence[0], e.sentence[1]).some((m) => m.entity !== place?.id && index.byId(m.entity)?.country === home);
    const host = !countries.has(home) && !named && place?.kind === 'place' ? index.entities.find((x) => x.kind === 'state' && x.country === home && x.mentions.length > 0) : undefined;
    if (host) return { ...e, recipient: [host.id] };
    return splitVisit(e, index, home);
  }
  if (!home) return e;
  // "Kagame and Tshisekedi met in Qatar", with Qatar read as a party only through the place: the venue's state hosts
  // the others' meeting unless a participant of its own takes part.
  const venueOnly = place?.kind === 'state' && [...e.actor, ...e.recipient].includes(place.id)
    && !parties.some((p) => p.id !== place.id && p.country === home);
  if (venueOnly && countries.size >= 2 && e.mode !== 'visit') return { ...e, mode: 'third-party' };
  if (atHome && countries.size >= 2) return splitVisit({ ...e, mode: 'visit' }, index, home);
  // "Witkoff met officials in Moscow": one side named, abroad — it travelled to the other side's home. A government
  // and an armed group of the same country abroad ("Bogotá and the rebels met in Havana") are two sides at a third's.
  const sides = sideCount(parties);
  if (!atHome && sides === 1) return { ...e, mode: 'visit' };
  if (sides < 2) return e;
  return { ...e, mode: 'third-party' };
}

/** Sides of a meeting: a state's people are its side; an armed group or movement is a side of its own, apart from the
 * government of its country. */
function sideCount(parties: readonly { id: string; kind: string; country: string | null }[]): number {
  return new Set(parties.map(sideOf)).size;
}

function sideOf(p: { id: string; kind: string; country: string | null } | undefined): string {
  if (!p) return '';
  return p.kind === 'group' ? `group:${p.id}` : p.country ?? p.id;
}

/** Visitors are the actors, hosts (the parties at home) the recipients. */
function splitVisit(e: ExtractedEvent, index: EntityIndex, home: string): ExtractedEvent {
  const all = [...new Set([...e.actor, ...e.recipient])];
  const hosts = all.filter((id) => index.byId(id)?.country === home);
  const guests = all.filter((id) => !hosts.includes(id));
  if (!guests.length || !hosts.length) return e;
  return { ...e, actor: guests, recipient: hosts };
}

/**
 * A report names a meeting's venue once ("talks in Berlin on Sunday") and then tells more of it without repeating it
 * ("Zelensky met the envoys for a second day"). A CONSULT with no place of its own borrows, for its mode only, the
 * place of the nearest other meeting of the report that shares a party and is told the same way (both happened, or
 * both not yet). The event's own `where` stays what its sentence says.
 */
export function venuesLent(events: readonly ExtractedEvent[]): Map<ExtractedEvent, string> {
  // Any act of the report told with a place can name the meeting's venue ("signed in Geneva", "talks in Geneva").
  const placed = events.filter((e) => e.mode !== 'phone' && e.where?.entity);
  const lent = new Map<ExtractedEvent, string>();
  for (const e of events) {
    if (e.event !== 'CONSULT' || e.mode === 'phone' || e.where) continue;
    const parties = new Set([...e.actor, ...e.recipient]);
    const happened = e.modality === 'asserted';
    const told = placed.filter((o) => (o.modality === 'asserted') === happened);
    // A visit's destination is only the venue of a meeting with its host ("a visit to Canada" is not where the same
    // visitor met Trump).
    const sharing = told.filter((o) => [...o.actor, ...o.recipient].some((id) => parties.has(id))
      && (o.mode !== 'visit' || o.recipient.every((id) => parties.has(id))));
    // A meeting sharing a party first, then any act sharing one; else another meeting of the report told the same way.
    const meetings = sharing.filter((o) => o.event === 'CONSULT');
    const donors = meetings.length ? meetings : sharing.length ? sharing : told.filter((o) => o.event === 'CONSULT' && o.mode !== 'visit');
    if (!donors.length) continue;
    const nearest = donors.reduce((a, b) => (Math.abs(a.span[0] - e.span[0]) <= Math.abs(b.span[0] - e.span[0]) ? a : b));
    lent.set(e, nearest.where!.entity!);
  }
  return lent;
}

// `parley contacts`: for each pair of people/states, their meetings and calls, first and last asserted contact, the
// planned or hoped-for ones, and claims that they have had none ("no contact since July 2020").
import { sentenceAt, splitSentences, type SentenceSpan } from '../brief/sentences.js';
import type { EventRow, MentionRow, Store } from '../store/types.js';
import { EntityNames } from './entities.js';

export interface ContactView {
  a: string;
  b: string;
  meetings: number;
  calls: number;
  /** Asserted contacts by PLOVER mode (visit, phone, ...; "unspecified" when the reports give none). */
  modes: Record<string, number>;
  first: string | null;
  last: string | null;
  events: number[];
  planned: number[];
  claims: string[];
}

const PARTY_KINDS = new Set(['person', 'state']);
const CALL_MODES = new Set(['phone']);

/**
 * Pairs in contact: participants the reports state (not only inferred), on different sides (a leader and his aide,
 * two envoys of one state are no contact); a call needs a person at each end.
 */
function pairsOf(e: EventRow, names: EntityNames): [number, number][] {
  const stated = (id: number) => !e.stated || e.stated.includes(id);
  const parties = (ids: number[]) => [...new Set(ids)].filter((id) => stated(id) && PARTY_KINDS.has(names.row(id)?.kind ?? ''));
  const sideOf = (id: number) => names.row(id)?.country ?? `#${id}`;
  const isPerson = (id: number) => names.row(id)?.kind === 'person';
  const out: [number, number][] = [];
  if (e.category === 'CONSULT') {
    const all = parties([...e.actor, ...e.recipient]);
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [x, y] = [all[i], all[j]];
        if (sideOf(x) === sideOf(y)) continue;
        if (CALL_MODES.has(e.mode ?? '') && e.modality === 'asserted' && !(isPerson(x) && isPerson(y))) continue;
        out.push([x, y]);
      }
    }
  } else {
    for (const a of parties(e.actor)) for (const r of parties(e.recipient)) if (a !== r) out.push([a, r]);
  }
  return out;
}

export async function contacts(store: Store): Promise<ContactView[]> {
  // A report's text is read (and cut into sentences) only when a pair has a "no contact" claim to quote from it, and
  // once however many pairs quote it; no texts are loaded in bulk.
  const textCache = new Map<number, Promise<ReportText | undefined>>();
  const texts = { get: (id: number) => textCache.get(id) ?? textCache.set(id, readText(store, id)).get(id)! };
  const pairs = new Map<string, ContactView>();
  const pair = (x: number, y: number): ContactView => {
    const [a, b] = [names.name(x)!, names.name(y)!].sort();
    const key = `${a}\u0000${b}`;
    let v = pairs.get(key);
    if (!v) pairs.set(key, (v = { a, b, meetings: 0, calls: 0, modes: {}, first: null, last: null, events: [], planned: [], claims: [] }));
    return v;
  };
  const events: EventRow[] = [];
  for (const category of ['CONSULT', 'REJECT']) for await (const e of store.events({ category })) events.push(e);
  const names = await new EntityNames(store).loadEvents(events);
  const claimed = await claimMentions(store, events.filter(isContactClaim));
  for (const e of events) {
    const contactClaim = isContactClaim(e);
    const told = claimed.get(e.id!);
    if (contactClaim && !hasSinceOrContact(e, told?.since ?? [])) continue;
    // Told only as floated, hoped for or denied in every report: not a contact that took place.
    if (!contactClaim && e.modality === 'asserted' && e.held === false) continue;
    for (const [x, y] of pairsOf(e, names)) {
      const v = pair(x, y);
      if (contactClaim) {
        const withSince = told?.since[0] ?? told?.first;
        const line = withSince ? await claimLine(names.name(x)!, names.name(y)!, withSince, texts) : null;
        if (line && !v.claims.includes(line)) v.claims.push(line);
      } else if (e.modality === 'asserted') {
        v.events.push(e.id!);
        const mode = e.mode ?? 'unspecified';
        v.modes[mode] = (v.modes[mode] ?? 0) + 1;
        if (CALL_MODES.has(mode)) v.calls++; else v.meetings++;
        if (e.date) {
          if (!v.first || e.date < v.first) v.first = e.date;
          if (!v.last || e.date > v.last) v.last = e.date;
        }
      } else {
        v.planned.push(e.id!);
      }
    }
  }
  return [...pairs.values()].sort((p, q) => q.events.length - p.events.length || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}

/**
 * A "no contact" claim as a reader wants it: the report's own sentence ("Putin has refused to communicate with
 * Zelenskyy since July 2020"), or, when the text is not stored, a line built from the pair and the interval.
 */
async function claimLine(a: string, b: string, m: MentionRow, texts: { get(id: number): Promise<ReportText | undefined> }): Promise<string> {
  const report = await texts.get(m.report_id);
  const text = report?.text;
  const sentence = report && m.end <= report.text.length ? sentenceAt(report.sentences(), m.start) : undefined;
  if (text && sentence) return text.slice(sentence.start, sentence.end).replace(/^[“"«]+/, '');
  return `no contact between ${a} and ${b}${m.since ? ` since ${m.since}` : ''} (“${m.evidence}”)`;
}

/** A REJECT counts as a contact claim when it is about contact (a CONSULT mode) or states an open "since" interval. */
function hasSinceOrContact(e: EventRow, since: MentionRow[]): boolean {
  if (e.category === 'CONSULT') return true;
  if (e.mode && ['meet', 'visit', 'phone', 'consult'].includes(e.mode)) return true;
  return since.some((m) => m.since && !m.until);
}

/** A rejection, or a contact said not to have happened: a "no contact" claim. */
const isContactClaim = (e: EventRow) => e.category === 'REJECT' || e.modality === 'negated';

/** Per claim event, its mentions that give a "since" and its first mention: all a claim reads, in two reads. */
async function claimMentions(store: Store, events: EventRow[]): Promise<Map<number, { since: MentionRow[]; first?: MentionRow }>> {
  const ids = events.map((e) => e.id!);
  const out = new Map(ids.map((id) => [id, { since: [] as MentionRow[], first: undefined as MentionRow | undefined }]));
  for (const m of await store.sinceMentionsOf(ids)) out.get(m.event_id)?.since.push(m);
  for (const m of await store.firstMentionsOf(ids, 1)) out.get(m.event_id)!.first = m;
  return out;
}

interface ReportText { text: string; sentences(): SentenceSpan[] }

/** A report's text, cut into sentences when first asked. */
async function readText(store: Store, id: number): Promise<ReportText | undefined> {
  const text = await store.reportText(id);
  if (text === null) return undefined;
  let sentences: SentenceSpan[] | undefined;
  return { text, sentences: () => (sentences ??= splitSentences(text)) };
}

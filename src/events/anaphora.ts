// "The meeting concluded without a resolution", "both leaders reiterated their commitment": phrases that stand for
// a meeting the report already named. We remember the last asserted meeting with two or more parties and lend its
// parties (and date) to such phrases.
import type { EntityIndex } from '../context.js';
import type { Entity, EntityKind, EventDate } from '../record.js';
import { hasPattern, pattern, patternAt, type Worded } from '../syntax/phrases.js';
import { CALL_ANAPHORS, GROUP_ANAPHORS, MEETING_ANAPHORS, NOT_AFTER_THE_TWO, PAIR_ANAPHORS } from '../words/meeting.js';

export interface Remembered { parties: string[]; date: EventDate | null }

/** A meeting or call as the memory is told it. */
type Told = { mode: string | null; actor: string[]; recipient: string[]; date: EventDate | null };

/** Remembers the last asserted meeting and the last asserted call, apart: "the meeting" is not "the call". */
export class MeetingMemory {
  private meeting: Remembered | null = null;
  private call: Remembered | null = null;
  /** The meeting event itself, so that people who "also attended the meeting" join it. */
  private held: Told | null = null;
  /** The last meeting of two parties told as planned, proposed or denied, when told after the last asserted one. */
  private pair: Remembered | null = null;

  remember(e: Told): void {
    const r = { parties: [...new Set([...e.actor, ...e.recipient])], date: e.date };
    if (e.mode === 'phone') this.call = r;
    else { this.meeting = r; this.held = e; this.pair = null; }
  }

  /** "X also attended the meeting": X takes part in the remembered meeting, which is no new one. False when none is. */
  join(e: Told): boolean {
    if (!this.held || !this.meeting) return false;
    for (const id of [...e.actor, ...e.recipient]) {
      if (this.meeting.parties.includes(id)) continue;
      this.meeting.parties.push(id);
      this.held.actor.push(id);
    }
    return true;
  }

  /** "a planned meeting between A and B ... The two leaders last met in 2023": a meeting not asserted still names
   * the pair that "the two leaders" right after stands for (its date is not lent). */
  mention(e: { actor: string[]; recipient: string[] }): void {
    const parties = [...new Set([...e.actor, ...e.recipient])];
    if (parties.length === 2) this.pair = { parties, date: null };
  }

  /** The meeting the report is about at this point (for "joined", "earlier in the day"). */
  last(): Remembered | null {
    return this.meeting ?? this.call;
  }

  /** The remembered meeting or call when the words of `phrase` refer back to it; null otherwise. */
  resolve(phrase: readonly Worded[]): Remembered | null {
    if (hasPattern(phrase, CALL_ANAPHORS) && this.call) return this.call;
    if (this.pair && hasPattern(phrase, PAIR_ANAPHORS)) return this.pair;
    if (hasPattern(phrase, GROUP_ANAPHORS) || theTwo(phrase) || hasPattern(phrase, MEETING_ANAPHORS)) return this.meeting ?? this.call;
    return null;
  }
}

const THE_TWO = [pattern('the', 'two')];

/** "the two" standing for the two sides, not followed by "of" or a plural ("the two of them", "the two Koreas"). */
function theTwo(phrase: readonly Worded[]): boolean {
  for (let i = 0; i < phrase.length; i++) {
    if (patternAt(phrase, i, THE_TWO[0]) === null) continue;
    const next = phrase[i + 2];
    if (!next || (!NOT_AFTER_THE_TWO.has(next.lower) && !(next.pos !== 'PUNCT' && next.lower.endsWith('s')))) return true;
  }
  return false;
}

// ---- Pronouns and definite descriptions as parties ("he agreed", "strikes on the country", "the group insisted") ----

/** What a bare pronoun or "the" + noun may stand for. Plural "they" is left to the meeting memory above. A map, not an
 * object: a token's word as an object key costs a string-table look-up on every read (and would find "constructor"). */
const ANAPHOR_KINDS: ReadonlyMap<string, readonly EntityKind[]> = new Map(Object.entries({
  he: ['person'], him: ['person'], she: ['person'], her: ['person'],
  it: ['group', 'organization', 'state'],
  country: ['state'], nation: ['state'], kingdom: ['state'], republic: ['state'],
  group: ['group', 'organization'], organization: ['group', 'organization'], organisation: ['group', 'organization'],
  movement: ['group'], militia: ['group'], rebels: ['group'], insurgents: ['group'], militants: ['group'], guerrillas: ['group'],
  paramilitary: ['group'], paramilitaries: ['group'], faction: ['group'], cartel: ['group'],
  bloc: ['organization'], alliance: ['organization'],
} satisfies Record<string, readonly EntityKind[]>));
const DEFINITE = new Set(['the', 'this', 'that']);
/** How far back an antecedent may lie (characters): about two sentences. */
const REACH = 400;

/** The kinds a phrase may refer back to, when it is a bare pronoun or a definite description ("the group"). */
export function anaphorKinds(words: readonly string[]): readonly EntityKind[] | null {
  if (words.length === 1) return ANAPHOR_KINDS.has(words[0]) && ['he', 'him', 'she', 'her', 'it'].includes(words[0]) ? ANAPHOR_KINDS.get(words[0])! : null;
  if (words.length === 2 && DEFINITE.has(words[0])) return ANAPHOR_KINDS.get(words[1]) ?? null;
  return null;
}

/**
 * The entity a pronoun or definite description at `offset` stands for: the nearest party of a compatible kind
 * mentioned before it (within about two sentences) that is not `exclude` — "Tehran condemned Israeli strikes on the
 * country": the country is Iran, not the attacker.
 */
export function antecedent(index: EntityIndex, offset: number, kinds: readonly EntityKind[], exclude: readonly string[]): Entity | null {
  const before = index.mentionsIn(Math.max(0, offset - REACH), offset);
  const excluded = new Set(exclude.map((id) => index.byId(id)?.country ?? id));
  for (let k = before.length - 1; k >= 0; k--) {
    const e = index.byId(before[k].entity);
    if (!e || !kinds.includes(e.kind) || exclude.includes(e.id)) continue;
    // A state stands for its side: "Israeli strikes on the country" is not Israel again, whoever names it.
    if (e.kind === 'state' && excluded.has(e.country ?? e.id)) continue;
    return e;
  }
  return null;
}

/** Determiners and nouns of "attended the meeting" that point back to the meeting just told, not to another one. */
const BACK = new Set(['the', 'this', 'that']);
const TOLD_MEETING = new Set(['meeting', 'talks']);

/** "also attended the meeting" (not "the meeting of the council"): `after` is the token after the verb "attend". */
export function attendsToldMeeting(tokens: readonly Worded[], after: number): boolean {
  const det = tokens[after], noun = tokens[after + 1], next = tokens[after + 2];
  if (!det || !noun || !BACK.has(det.lower) || !TOLD_MEETING.has(noun.lower)) return false;
  return !next || (next.pos === 'PUNCT' && next.lower !== '-');
}

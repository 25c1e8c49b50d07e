// "The meeting concluded without a resolution", "both leaders reiterated their commitment": phrases that stand for
// a meeting the report already named. We remember the last asserted meeting with two or more parties and lend its
// parties (and date) to such phrases.
import type { EntityIndex } from '../context.js';
import type { Entity, EntityKind, EventDate } from '../record.js';

const GROUP_ANAPHOR = /\b(?:both\s+(?:leaders|sides|men|presidents|parties|delegations)|the\s+two\s+(?:leaders|sides|men|presidents|parties|delegations|countries|nations)|the\s+(?:leaders|presidents|delegations|participants|negotiators)|the\s+pair|the\s+two(?!\s+(?:of\b|[a-z]+s\b))|they)\b/i;
const MEETING_ANAPHOR = /\b(?:the|this|that|their|sunday[’']s|monday[’']s|tuesday[’']s|wednesday[’']s|thursday[’']s|friday[’']s|saturday[’']s)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|encounter|discussions|negotiations)\b/i;

export interface Remembered { parties: string[]; date: EventDate | null }

const CALL_ANAPHOR = /\b(?:the|this|that|their)\s+(?:[\w-]+\s+)?(?:call|conversation)\b/i;

/** Remembers the last asserted meeting and the last asserted call, apart: "the meeting" is not "the call". */
export class MeetingMemory {
  private meeting: Remembered | null = null;
  private call: Remembered | null = null;

  remember(e: { mode: string | null; actor: string[]; recipient: string[]; date: EventDate | null }): void {
    const r = { parties: [...new Set([...e.actor, ...e.recipient])], date: e.date };
    if (e.mode === 'phone') this.call = r;
    else this.meeting = r;
  }

  /** The meeting the report is about at this point (for "joined", "earlier in the day"). */
  last(): Remembered | null {
    return this.meeting ?? this.call;
  }

  /** The remembered meeting or call when `clause` refers back to it; null otherwise. */
  resolve(clause: string): Remembered | null {
    if (CALL_ANAPHOR.test(clause) && this.call) return this.call;
    if (GROUP_ANAPHOR.test(clause) || MEETING_ANAPHOR.test(clause)) return this.meeting ?? this.call;
    return null;
  }
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

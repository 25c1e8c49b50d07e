// Event patterns as data: one entry per way a report expresses a PLOVER event. Code (./find.ts) interprets them.
// `re` matches the trigger inside a sentence (case-insensitive); `roles` says who is actor and recipient:
//   svo     actor = nearest subject group before the trigger, recipient = object group after it
//   ovs     actor = object group (the guest), recipient = subject group (the host): "X welcomed Y"
//   all     every participant in the clause is an actor (meetings and calls: the split is not meaningful)
//   passive actor = the group after "by", recipient = the subject group
// `modality` fixes the modality the words themselves carry ("ended without a deal" is negated by definition).
// `needsObject` demands a participant right after the trigger (to tell "welcomed Zelenskyy" from "welcomed the move").
import type { Modality, PloverEvent } from '../record.js';

export type Roles = 'svo' | 'ovs' | 'all' | 'passive';

export interface EventPattern {
  id: string;
  event: PloverEvent;
  mode: string | null;
  re: RegExp;
  roles: Roles;
  modality?: Modality;
  needsObject?: boolean;
  /** The trigger is a noun naming the event ("talks", "the signing of"): its parties are those linked to it ("with",
   * "between", a possessor), never the subject of the clause around it. */
  meetingNoun?: boolean;
  /** A noun that, after "the/this/that", usually points back to an event already told ("the call", "the attack"):
   * it yields an event only with parties of its own (a possessor, "with X", "between X", "by X", "of X"). */
  referenceNoun?: boolean;
  /** The pattern does not apply in a sentence that matches this ("a call the army accepted" after "called for"). */
  unlessSentence?: RegExp;
  /** Both sides do it to each other ("clashes broke out", "no ceasefire was agreed"): with no party named, the report's
   * two main sides are the parties (listed as inferred). */
  symmetric?: boolean;
  note: string;
}

const w = (s: string) => new RegExp(s, 'i');

export const EVENT_PATTERNS: EventPattern[] = [
  // ---- CONSULT: token rules in rules/consult.data.ts (visits, calls, mediation, meetings)
  // ---- AGREE: token rules in rules/agreement.data.ts
  // ---- SUPPORT and REQUEST: token rules in rules/accusation.data.ts and rules/demand.data.ts ("a U.S.-proposed truce" too)
  // ---- ASSAULT: token rules in rules/combat.data.ts (fighting told as a verb or a noun, attacks, strikes, invasions)
];

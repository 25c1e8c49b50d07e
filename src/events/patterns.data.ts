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
  // ---- ASSAULT (fighting verbs: token rule assault.clash-verb in rules/combat.data.ts)
  { id: 'assault.clashes', event: 'ASSAULT', mode: null, roles: 'all', symmetric: true, referenceNoun: true, meetingNoun: true,
    re: w(String.raw`(?<!\b(?:is|are|was|were|been|still|kept|keep)\s|\b(?:end|cessation|halt|stop|suspension|resumption)\s+(?:of|to)\s+(?:the\s+)?|\bafter\s+(?:the\s+)?(?:\w+\s+)?)\b(?:clashes|fighting|hostilities|(?:open\s+)?warfare|cross-border\s+attacks|skirmish(?:es)?|exchanges?\s+of\s+fire)\b`), note: 'clashes broke out; years of fighting (between the two sides unless it names them)' },
  { id: 'assault.noun', event: 'ASSAULT', mode: null, roles: 'svo', referenceNoun: true,
    re: w(String.raw`\b(?:invasion|attacks?|strikes?\s+on|bombardment|offensive(?!\s+(?:actions?|operations?|weapons?|capabilit|military|posture|language|remarks?|comments?))|raids?|(?:drone|missile)\s+(?:strikes?|attacks?))\b`), note: 'the invasion of; a drone attack on (a bare "the attack" refers back)' },
];

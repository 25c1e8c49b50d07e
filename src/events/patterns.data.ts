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
  // ---- CONSULT: visits (one side travels to the other: actor = visitor, recipient = host)
  { id: 'consult.visit.visit', event: 'CONSULT', mode: 'visit', roles: 'svo',
    re: w(String.raw`\b(?:visit(?:ed|s|ing)?|(?:a|his|her|the|their)\s+(?:[\w-]+\s+)?(?:visit|trip)\s+to)\b`), note: 'a visit to Canada' },
  // ---- CONSULT: phone and video calls
  { id: 'consult.phone.call-noun', event: 'CONSULT', mode: 'phone', roles: 'all', referenceNoun: true,
    unlessSentence: w(String.raw`\bcall(?:ed|s|ing)?\s+(?:for|on)\b`),
    re: w(String.raw`\b(?:(?:tele)?phone|video)[- ]?(?:call|conversation|talks?|conference|link)s?\b|\bcalls?\s+(?:with|between)\b|\b(?:a|the|their|his|her|first|second|latest|direct|lengthy)\s+(?:(?!media\b|press\b|news\b|conference\b|earnings\b|of\b)[\w“”"-]+\s+){0,3}?call\b(?!\s+(?:for|on|it|him|her|them|to))|\bconversation\s+(?:with|between)\b`), note: 'a phone call between X and Y; the call with X' },
  { id: 'consult.phone.called', event: 'CONSULT', mode: 'phone', roles: 'svo', needsObject: true,
    re: w(String.raw`(?<![-‐]|\b(?:a|an|the|this|that|his|her|their)\s)\b(?:call(?:ed|s|ing)?|phon(?:ed|es|ing)|dial(?:l)?ed|rang)\b(?!\s+(?:for|on|off|it|the|a|an|his|her|this|that|upon)\b)`), note: 'Trump called Putin' },
  // ---- CONSULT: meetings and talks (mode from place and party count, see ./mode.ts)
  { id: 'consult.meet.verb', event: 'CONSULT', mode: null, roles: 'all',
    re: w(String.raw`\b(?:met|meet(?:s)?(?:\s+with)?|engag(?:ed|es|ing)\s+(?:\w+\s+)?with|(?:have|has|had)\s+been\s+negotiating|(?:are|were|is|was)\s+negotiating|continu(?:e|es|ed|ing)\s+(?:[\w"“”-]+\s+){0,2}?(?:talks|negotiations|discussions|consultations|work)|coordinat(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?with|sat\s+down|sit\s+down|conferr?(?:ed|ing)?|negotiat(?:ed|ing|e|es)\s+with|held\s+(?:[\w-]+\s+){0,2}(?:talks|meetings?|negotiations|discussions)|hold(?:s|ing)?\s+(?:[\w-]+\s+){0,2}(?:talks|meetings?|negotiations))\b(?!\s+(?:the\s+)?(?:demands?|requirements?|criteria|goals?|deadline))`), note: 'X met Y; held talks' },
  { id: 'consult.meet.noun', event: 'CONSULT', mode: null, roles: 'all', meetingNoun: true, referenceNoun: true,
    re: w(String.raw`(?<!\b(?:prior\s+to|before|after|ahead\s+of|following|since)\s+(?:the|this|their|his|her)\s+)\b(?:talks|meeting|meetings|summit|negotiations|encounter|discussions|sit-down|dialogue)\b(?=\s+(?:with|between|in|at|on|involving|attended|hosted|held)\b)|\b(?:summit|meeting|talks|encounter)\s+(?:of|between)\b|(?:[’']s|\b(?:their|the\s+two\s+leaders[’']))\s+(?:[\w-]+\s+){0,3}?(?:meeting|summit|talks|encounter)\b`), note: 'talks with/between X; X’s meeting with Y' },
  { id: 'consult.thirdparty.mediated', event: 'CONSULT', mode: 'third-party', roles: 'all',
    re: w(String.raw`\b(?:mediat(?:ed|ing|ion|es)|brokered\s+by|broker(?:ing)?\s+(?:talks|a\s+meeting|negotiations)|under\s+the\s+auspices)\b`), note: 'a deal mediated by X; talks brokered by X (helping a deal along is not a meeting)' },
  // ---- AGREE: token rules in rules/agreement.data.ts
  // ---- SUPPORT and REQUEST: token rules in rules/accusation.data.ts and rules/demand.data.ts ("a U.S.-proposed truce" too)
  // ---- ASSAULT: token rules in rules/combat.data.ts (fighting told as a verb or a noun, attacks, strikes, invasions)
];

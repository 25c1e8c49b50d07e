// Phrases that open a condition without a subordinator of the syntax layer's own ("if", "unless" open a conditional
// clause there): read on tokens, lower case, as wink tokenises them.

/** "will send aid in case of a truce", "provided that both sides agree", "in the event that talks fail". */
export const CONDITION_PHRASES: readonly string[][] = [
  ['provided', 'that'], ['providing', 'that'], ['in', 'case'], ['in', 'the', 'event', 'of'], ['in', 'the', 'event', 'that'],
];

/** "should a truce be reached", "Should talks fail, ...": the modal that, put before its subject, opens a condition. */
export const INVERTED_CONDITION = 'should';

/** Subordinators that leave what follows open, as a condition does: "unclear whether the sides would agree". */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(['whether']);

/** "If Putin had joined the call": a past perfect in a condition tells a past that did not happen. */
export const COUNTERFACTUAL_AUX: ReadonlySet<string> = new Set(['had']);

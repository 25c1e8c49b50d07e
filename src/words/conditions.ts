// Phrases that open a condition without a subordinator of the syntax layer's own ("if", "unless" open a conditional
// clause there): read on tokens, lower case, as wink tokenises them.

/** "will send aid in case of a truce", "provided that both sides agree", "in the event that talks fail". */
export const CONDITION_PHRASES: readonly string[][] = [
  ['provided', 'that'], ['providing', 'that'], ['in', 'case'], ['in', 'the', 'event', 'of'], ['in', 'the', 'event', 'that'],
];

/** "should a truce be reached": the modal that, put before its subject, opens a condition. */
export const INVERTED_CONDITION = 'should';

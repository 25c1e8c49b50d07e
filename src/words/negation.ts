// Words that deny an act, one list per class, read on tokens (lower case, as wink tokenises them).

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** A negator standing right before a verb group the syntax layer did not take it into ("advised Kyiv not seek a pause"). */
export const NEGATORS_BEFORE: ReadonlySet<string> = set("not never n't");

/** A preposition whose gerund or noun is denied: "ended without reaching a deal", "a truce without monitors". */
export const DENYING_PREPS: ReadonlySet<string> = set('without');

/** A determiner that denies its noun: "no deal", "there was no truce or talks". */
export const DENYING_DETERMINERS: ReadonlySet<string> = set('no');

/** Verbs whose denial denies what they take ("does not think Kyiv will sign" says Kyiv will not): neg-raising. */
export const NEG_RAISING: ReadonlySet<string> = set('believe think expect suppose imagine reckon');
/** Verbs that deny what their "that" clause says happened: "Kyiv denied that its troops had attacked". */
export const DENIAL_VERBS: ReadonlySet<string> = set('deny refute');

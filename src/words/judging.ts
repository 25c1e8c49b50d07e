// The verbs of judging a party, one list per class, read by every stage that asks: the syntax layer (an act done by
// speaking lends its speaker as subject) and events (what an accusation or praise says the party did).

/** Verbs and nouns of accusing whose "of"/"for" phrase says what the accused is blamed for. */
export const ACCUSING: ReadonlySet<string> = new Set(['accuse', 'blame', 'charge', 'suspect', 'condemn', 'criticize', 'criticise', 'denounce', 'fault',
  'scold', 'rebuke', 'reprimand', 'chastise', 'berate', 'admonish',
  'accusation', 'accusations', 'allegation', 'allegations']);

/** Verbs of praising whose "for" phrase says what the praised did ("thanked Qatar for hosting the talks"). */
export const PRAISING: ReadonlySet<string> = new Set(['praise', 'thank', 'commend', 'congratulate', 'credit', 'hail', 'applaud', 'laud', 'salute']);

/** Written forms of the verbs that tell an act as someone's allegation ("Moscow claimed Kyiv struck ...", "accused
 * Kyiv of shelling"): the one who says it accuses the actor. */
export const ALLEGING_FORMS: ReadonlySet<string> = new Set(['claimed', 'claims', 'alleged', 'alleges', 'accused', 'accuses', 'charged', 'insisted']);
/** The inflected forms of a verb of accusing or praising ("praised", "thanks", "blaming"), for stages that read words. */
export const JUDGING_FORMS: ReadonlySet<string> = new Set([...ACCUSING, ...PRAISING].flatMap((v) => {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  return [v, `${v}s`, v.endsWith('e') ? `${v}d` : `${v}ed`, `${stem}ing`];
}));

// The modality a meeting noun's own words give it (read by the senses, ./senses.ts): "the next round", "a possible
// call", "talks are scheduled for Monday", "no date has been set for the meeting".
import type { Modality } from '../record.js';
import type { SentenceSyntax } from '../syntax/types.js';

/** Nouns for a meeting, read by the senses too. */
export const MEETING_NOUNS: ReadonlySet<string> = new Set(['meeting', 'summit', 'talks', 'call', 'negotiations', 'session', 'visit', 'encounter']);
const word = (x: SentenceSyntax, i: number) => (i >= 0 && i < x.tokens.length ? x.tokens[i] : null);

/** Modifiers that put a meeting in the future ("the next round", "a planned summit") or leave it open ("a possible call"). */
const AHEAD = new Set(['next', 'upcoming', 'planned', 'further', 'additional', 'follow-up', 'future', 'proposed', 'scheduled', 'forthcoming', 'new']);
const OPEN = new Set(['possible', 'potential', 'eventual', 'hypothetical']);
/** Predicates that tell a plan, not an occurrence: "is scheduled for", "is set to resume", "is likely to take place". */
const PLANNED = new Set(['schedule', 'scheduled', 'plan', 'planned', 'expect', 'expected', 'set', 'due', 'likely', 'slate', 'slated']);

/** The modality a meeting noun's own words give it: a modifier before its head, or the verb it is the subject of. */
export function meetingAhead(x: SentenceSyntax, at: number): Modality | null {
  const t = word(x, at)!;
  if (!MEETING_NOUNS.has(t.lemma) && !MEETING_NOUNS.has(t.lower) && t.lemma !== 'round') return null;
  const ch = x.chunkOf[at];
  if (ch < 0) return null;
  const c = x.chunks[ch];
  for (let k = c.start; k < c.head; k++) {
    if (OPEN.has(x.tokens[k].lower)) return 'hypothetical';
    if (AHEAD.has(x.tokens[k].lower) && x.tokens[k].lower !== 'new') return 'future';
  }
  if (c.prep === 'for' && dateFixedFor(x, c.start, x.clauseOf[at])) return 'future';
  const v = x.verbs.find((g) => g.subject === ch && g.start > c.head);
  if (!v) return null;
  const next = word(x, v.end);
  if (v.tense === 'future' || (v.modal !== null && v.modal !== 'did')) return 'future';
  if (PLANNED.has(x.tokens[v.head].lemma) || PLANNED.has(x.tokens[v.head].lower) || (next !== null && PLANNED.has(next.lower))) return 'future';
  return null;
}

/** Words for when or where a meeting is to be, and the verbs that fix them: "no date has been set for the talks". */
const ARRANGEMENTS = new Set(['date', 'time', 'venue', 'timetable', 'day']);
const FIXING = new Set(['set', 'fix', 'schedule', 'agree', 'announce', 'confirm', 'decide', 'determine']);

/** "(No) date has been fixed for": the clause's last verb before the "for" phrase fixes a date or venue as its subject. */
function dateFixedFor(x: SentenceSyntax, before: number, clause: number): boolean {
  const v = x.verbs.filter((g) => g.end <= before && g.clause === clause).at(-1);
  if (!v || v.subject === null || !FIXING.has(x.tokens[v.head].lemma)) return false;
  return ARRANGEMENTS.has(x.tokens[x.chunks[v.subject].head].lemma);
}

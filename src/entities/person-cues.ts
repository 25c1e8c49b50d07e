// Cues that an unknown capitalised run is a person, from the words around it (read by ./find-propn.ts).

/** Words a meeting's counterpart follows: "met X", "talks with X", "a call with X". */
const MEETS = new Set(['met', 'meets', 'hosted', 'hosts', 'received', 'receives', 'phoned', 'telephoned']);
const MEETING_WITH = new Set(['met', 'meet', 'meets', 'meeting', 'meetings', 'talks', 'spoke', 'speaks', 'talked', 'call', 'conversation']);

interface Keyed { key: string; gap: string }

/** "met Carles Puigdemont", "a meeting with Irfaan Ali": a run of two or three names right after a meeting word is the
 * one met (a party's name would be in the lexicon, and a place comes after "in", not "with"). */
export function meetingCounterpart(words: readonly Keyed[], i: number, end: number): boolean {
  if (end - i < 2 || end - i > 3 || i < 1) return false;
  const before = words[i - 1];
  if (MEETS.has(before.key)) return true;
  return before.key === 'with' && i >= 2 && MEETING_WITH.has(words[i - 2].key);
}

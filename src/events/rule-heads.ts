// What a rule match's head says about who acts: the token roles hang on, the phrase that may stand for the report's
// sides ("both sides", "Yemen's warring parties"), the clause verb a noun sits under, and the speaker a first person
// in a quotation is. Read by ./rule-events.ts.
import type { Quote, Span } from '../record.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { FIRST_PERSON } from './rule-readings.js';

/** Where a rule match's roles hang: a verb group or a noun chunk, by index. */
export type MatchHead = { verb: number } | { chunk: number };

/** The token the roles hang on: the trigger's main verb, else its noun head. */
export function headOf(x: SentenceSyntax, m: { triggerStart: number; triggerEnd: number }): MatchHead | null {
  for (let i = m.triggerStart; i < m.triggerEnd; i++) if (x.verbOf[i] >= 0 && x.tokens[i].pos === 'VERB') return { verb: x.verbOf[i] };
  for (let i = m.triggerStart; i < m.triggerEnd; i++) if (x.verbOf[i] >= 0) return { verb: x.verbOf[i] };
  for (let i = m.triggerStart; i < m.triggerEnd; i++) if (x.chunkOf[i] >= 0) return { chunk: x.chunkOf[i] };
  return null;
}

const GROUP_WORDS = new Set(['both', 'two']);
const SIDE_NOUNS = new Set(['side', 'sides', 'party', 'parties', 'nation', 'nations', 'country', 'countries', 'leader', 'leaders', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'army', 'armies', 'government', 'governments', 'delegation', 'delegations']);
/** The side nouns that name the sides themselves ("both sides", "the two parties"), not the people at the table
 * ("the two leaders", "both delegations" may include a mediator). */
export const SIDE_WORDS: ReadonlySet<string> = new Set([...SIDE_NOUNS].filter((w) => !w.startsWith('leader') && !w.startsWith('delegation')));

/** The phrase that may stand for the report's sides: the trigger's doer (a passive's by-agent), or a meeting noun's
 * possessor or the subject of its "hold". */
function doerPhrase(x: SentenceSyntax, head: MatchHead): number | null {
  if ('verb' in head) { const v = x.verbs[head.verb]; return v.passive && v.agent !== null ? v.agent : v.subject; }
  // "The two countries have held talks": a meeting noun's light verb lends its subject.
  const held = x.verbs.find((g) => g.object === head.chunk && g.subject !== null && x.tokens[g.head].lemma === 'hold');
  return x.chunks[head.chunk].possessor ?? held?.subject ?? null;
}

/** "Yemen's warring parties agreed": the sides at war in the possessor's country, not the possessor alone. */
export function warringOf(x: SentenceSyntax, head: MatchHead): boolean {
  const chunk = doerPhrase(x, head);
  if (chunk === null) return false;
  const c = x.chunks[chunk];
  return SIDE_NOUNS.has(x.tokens[c.head].lower) && x.tokens.slice(c.start, c.head).some((t) => t.lower === 'warring');
}

/** "Both sides have accused each other", "the two countries agreed": the report's two main sides act. */
export function groupAnaphor(x: SentenceSyntax, head: MatchHead): boolean {
  const chunk = doerPhrase(x, head);
  if (chunk === null) return false;
  const c = x.chunks[chunk];
  // "the leaders also expressed gratitude": a bare "the leaders" stands for the report's two sides' leaders too.
  // "the parties committed to ...", "the two sides": the negotiating parties.
  const theLeaders = ['leaders', 'parties', 'sides'].includes(x.tokens[c.head].lower) && c.head === c.start + 1 && x.tokens[c.start].lower === 'the';
  return theLeaders || (SIDE_NOUNS.has(x.tokens[c.head].lower) && x.tokens.slice(c.start, c.head).some((t) => GROUP_WORDS.has(t.lower) || t.lower === 'warring'));
}

/** The last verb group before `token` in its clause, else the clause's first. */
export function clauseVerb(x: SentenceSyntax, token: number) {
  let found = null;
  for (let k = token - 1; k >= 0 && x.clauseOf[k] === x.clauseOf[token]; k--) if (x.verbOf[k] >= 0) { found = x.verbs[x.verbOf[k]]; break; }
  return found ?? x.verbs.find((g) => g.clause === x.clauseOf[token]) ?? null;
}


/** "“We will not sign this,” X said", "“I have confidence in them,” X said": inside a quotation the first person is its
 * speaker. The subject read is the trigger verb's own (or lent) subject, or that of the verb a noun trigger is the
 * object of. */
export function quotedSpeaker(x: SentenceSyntax, head: MatchHead, quotes: Quote[], span: Span): string | null {
  const q = quotes.find((k) => span[0] >= k.span[0] && span[1] <= k.span[1]);
  if (!q?.speaker || q.speaker === 'anonymous') return null;
  // A noun trigger counts only as a verb's object ("I have confidence"), not as a modifier or place ("at the
  // negotiating table").
  const v = 'verb' in head ? x.verbs[head.verb] : x.verbs.find((g) => g.object === head.chunk);
  if (!v || v.subject === null) return null;
  // "at the negotiating table": an "-ing" word after a determiner modifies a noun; it is no act of the speaker's.
  if (v.start > 0 && x.tokens[v.start - 1].pos === 'DET') return null;
  const c = x.chunks[v.subject];
  const t = x.tokens[c.head];
  if (c.end - c.start !== 1 || !FIRST_PERSON.has(t.lower) || t.start < q.span[0] || t.end > q.span[1]) return null;
  return q.speaker;
}

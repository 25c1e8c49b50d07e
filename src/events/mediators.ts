// Who mediates the talks a report tells: the doer of "mediate", "broker", "facilitate" ("talks mediated by the AU",
// "Kenya brokered the talks"), the owner of "mediation" ("Qatari mediation", "the mediation of Egypt"), and a party
// hyphenated to "-brokered"/"-mediated" ("a U.S.-brokered truce"). A mediator is no side of the conflict: the acts of
// "both sides" and the calls aimed at the warring parties are not its (./counterpart.ts reads this).
import type { DocContext } from '../context.js';
import type { Span } from '../record.js';
import { syntaxOf } from '../syntax/index.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { DEFAULT_RECIPIENT_PREPS, nounRoles, verbRoles, type RoleOptions } from './roles.js';
import { hyphenatedParty } from './phrase-parties.js';

// Lemmas, and the participles wink may leave unlemmatised when it first read them as adjectives.
const MEDIATING_VERBS = new Set(['mediate', 'broker', 'facilitate', 'co-mediate', 'mediated', 'brokered', 'facilitated']);
const MEDIATING_NOUNS = new Set(['mediation', 'mediator', 'mediators', 'facilitator', 'facilitators', 'broker']);
const HYPHENATED = new Set(['brokered', 'mediated']);

/** The ids of the parties the report names as mediating. */
export function mediatorsOf(ctx: DocContext, quoteSpans: Span[]): Set<string> {
  const out = new Set<string>();
  const o: RoleOptions = { roles: 'svo', recipientPreps: DEFAULT_RECIPIENT_PREPS, quotes: quoteSpans, entities: ctx.entities, meeting: undefined };
  for (const s of ctx.analysis.sentences) {
    // Only sentences with a word of mediating get their syntax read (it is cached for the event finders too).
    if (!s.tokens.some((t) => MEDIATING_VERBS.has(t.lemma) || MEDIATING_NOUNS.has(t.lower) || HYPHENATED.has(t.lower))) continue;
    const x = syntaxOf(s, ctx.entities);
    for (const id of mediatorsIn(x, o)) out.add(id);
  }
  return out;
}

function mediatorsIn(x: SentenceSyntax, o: RoleOptions): string[] {
  const found: string[] = [];
  const span = (i: number): Span => [x.tokens[i].start, x.tokens[i].end];
  for (const v of x.verbs) {
    if (!MEDIATING_VERBS.has(x.tokens[v.head].lemma)) continue;
    // "talks mediated by the AU": the by-agent; "Kenya brokered the talks": the subject.
    if (v.agent !== null) found.push(...verbRoles(x, v, o, span(v.head)).actor);
    else if (!v.passive) found.push(...verbRoles(x, v, o, span(v.head)).actor);
  }
  for (const c of x.chunks) {
    const head = x.tokens[c.head];
    if (MEDIATING_NOUNS.has(head.lower)) {
      // "Qatari mediation", "the mediation of Egypt": the noun's own party, not the clause's subject.
      if (head.entity) found.push(head.entity);
      else found.push(...nounRoles(x, c, o, span(c.head)).actor.filter((id) => ownParty(x, c, id)));
    }
    const broker = hyphenatedParty(x, c, HYPHENATED);
    if (broker !== null) found.push(broker);
  }
  return found;
}

/** Is the party named inside the noun's own phrase or the phrases hanging on it (not by the clause around it)? */
function ownParty(x: SentenceSyntax, c: SentenceSyntax['chunks'][number], id: string): boolean {
  for (let k = c.start; k < x.tokens.length && k < c.end + 8; k++) {
    if (x.tokens[k].entity === id) return true;
    if (k >= c.end && x.clauseOf[k] !== x.clauseOf[c.head]) return false;
  }
  if (c.possessor !== null) for (let k = x.chunks[c.possessor].start; k < x.chunks[c.possessor].end; k++) if (x.tokens[k].entity === id) return true;
  return false;
}

// The one overlap and precedence policy for event triggers (like chrono's configuration: all the decisions in one place).
// Candidates of one sentence whose evidence spans overlap are compared pairwise, in this order:
//   1. Same category: one trigger yields one event — the rule listed first wins (rules are listed by precedence).
//   2. Different categories, a listed pair: the pair's winner stays (a pair listed both ways goes to step 3). These are word senses where one reading is the
//      event and the other a by-product of the same words:
//        - RETREAT over COERCE and CONCEDE: "lifted the blockade", "ended the siege" is a retreat, not a siege and not
//          also a concession;
//        - CONCEDE over RETREAT: "ready to withdraw its troops" is the offer made now; the withdrawal is its content;
//        - ASSAULT over COERCE: "seized the city" is taking ground by arms, not a seizure of goods or people;
//        - SANCTION over COERCE: "closed its embassy", "banned imports" is a penalty, not force;
//        - SANCTION over REJECT: "denied entry to" is a penalty, not a rejection;
//        - SANCTION over PROTEST: "boycotted the summit" by a state is a diplomatic penalty;
//        - ACCUSE over PROTEST: "lodged a protest with" is a diplomatic accusation, not a street protest;
//        - AGREE over CONSULT when the trigger is the same word ("the deal signed in Doha" is the agreement);
//        - SUPPORT over CONSULT: "welcomed the decision" backs an act; a SUPPORT rule reads it only when what is
//          welcomed is a plan or move, not a visitor;
//        - MOBILIZE over AGREE: "prepared to resume shelling" is forces readying an attack, not a readiness to engage;
//        - CONCEDE over AGREE: "ready to withdraw its forces", "accepted the demands" offers ground, not a readiness to
//          engage.
//   3. Different categories, one trigger inside the other: the longer, more specific trigger wins ("imposed a curfew"
//      over "curfew").
//   4. Otherwise both stay: two events told by different words of one phrase ("agreed to release") are two events.
// Every decision is traced (`--explain` shows which candidate removed which).
import type { Trace } from '../context.js';
import type { PloverEvent, Span } from '../record.js';

export interface Overlapping { event: PloverEvent; span: Span; rule: string }

const PRECEDENCE: Array<[winner: PloverEvent, loser: PloverEvent]> = [
  ['RETREAT', 'COERCE'], ['RETREAT', 'CONCEDE'], ['SANCTION', 'REJECT'], ['CONCEDE', 'RETREAT'], ['SANCTION', 'COERCE'], ['ASSAULT', 'COERCE'], ['SANCTION', 'PROTEST'], ['ACCUSE', 'PROTEST'], ['AGREE', 'CONSULT'], ['SUPPORT', 'CONSULT'],
  ['MOBILIZE', 'AGREE'], ['CONCEDE', 'AGREE'],
];

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
const contains = (a: Span, b: Span) => a[0] <= b[0] && b[1] <= a[1] && (a[1] - a[0]) > (b[1] - b[0]);

/** Which of two overlapping candidates loses, or null when both stay. `a` comes first in rule order. */
export function loser<T extends Overlapping>(a: T, b: T): T | null {
  if (!overlaps(a.span, b.span)) return null;
  if (a.event === b.event) return b;
  // A listed pair settles it; a pair listed both ways ("ready to withdraw" vs "withdrew") falls to containment.
  const listed = (w: PloverEvent, l: PloverEvent) => PRECEDENCE.some(([x, y]) => x === w && y === l);
  const ab = listed(a.event, b.event), ba = listed(b.event, a.event);
  if (ab && !ba) return b;
  if (ba && !ab) return a;
  if (contains(a.span, b.span)) return b;
  if (contains(b.span, a.span)) return a;
  return null;
}

/**
 * The candidates that survive the policy, in their original order (which is precedence order). A sweep over the
 * spans sorted by start compares only candidates that overlap, so a long sentence costs no quadratic time.
 * `trace` records every removal.
 */
export function resolveOverlaps<T extends Overlapping>(cands: T[], trace: Trace): T[] {
  const removed = new Set<number>();
  const byStart = cands.map((c, i) => i).sort((x, y) => cands[x].span[0] - cands[y].span[0] || x - y);
  let active: number[] = [];
  for (const j of byStart) {
    active = active.filter((i) => cands[i].span[1] > cands[j].span[0] && !removed.has(i));
    for (const i of active) {
      if (removed.has(j)) break;
      const [first, second] = i < j ? [i, j] : [j, i];
      const l = loser(cands[first], cands[second]);
      if (!l) continue;
      const lost = l === cands[first] ? first : second, won = lost === first ? second : first;
      removed.add(lost);
      trace({ at: cands[lost].span[0], stage: 'events', rule: cands[lost].rule, outcome: 'skip',
        message: `overlap: ${cands[lost].event} gives way to ${cands[won].event} (${cands[won].rule})` });
    }
    if (!removed.has(j)) active.push(j);
  }
  return cands.filter((_, i) => !removed.has(i));
}

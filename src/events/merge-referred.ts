// "Hours after the session in Naqoura, the envoy briefed the president", "after his meeting with the negotiators":
// a meeting named only to place another act after it. When the report tells a meeting it can be, it is that meeting
// told again, and joins it even when the two mentions name different sides (each names the side its sentence is
// about); when nothing else tells it, it is the report's one mention of a meeting that took place (see the
// meeting-referred sense in ./senses.ts, which leaves such mentions to this step).
import type { Candidate } from './find.js';
import { datesCompatible } from './merge-dates.js';

/** The words just before a meeting noun that make it a time anchor already past: "after the", "following their
 * first", "since his". */
const PAST_ANCHOR = /\b(?:after|following|since)\s+(?:the|this|that|their|his|her|its)\s+(?:[\w’'-]+\s+){0,3}$/i;

export interface ReferredDeps {
  text: string;
  sideOf: (id: string) => string;
}

/** The mention is a meeting noun that only times another act. */
export function pastAnchor(c: Candidate, text: string): boolean {
  return c.event === 'CONSULT' && c.rule === 'consult.meet.noun' && PAST_ANCHOR.test(text.slice(c.sentence[0], c.span[0]));
}

const sidesOf = (c: Candidate, sideOf: (id: string) => string) => new Set([...c.actor, ...c.recipient].map(sideOf));
const within = (small: Set<string>, big: Set<string>) => [...small].every((x) => big.has(x));

/** Could `anchor` be `told` again: the same kind of meeting, both held, no day or place against it, and sides that do
 * not contradict (two sides each named on both, or one mention naming a single side). */
function canRetell(anchor: Candidate, told: Candidate, deps: ReferredDeps): boolean {
  if (told.event !== 'CONSULT' || told.sidesNeeded || told.modality !== 'asserted' || anchor.modality !== 'asserted') return false;
  if ((told.mode === 'phone') !== (anchor.mode === 'phone')) return false;
  if (!datesCompatible(anchor.date, told.date)) return false;
  const pa = anchor.where?.entity, pt = told.where?.entity;
  if (pa && pt && deps.sideOf(pa) !== deps.sideOf(pt)) return false;
  const sa = sidesOf(anchor, deps.sideOf), st = sidesOf(told, deps.sideOf);
  return sa.size <= 1 || st.size <= 1 || within(sa, st) || within(st, sa);
}

/** Joins each past-anchor mention that no earlier step merged into the one other meeting it can retell; with none, or
 * with several it could be, it stays its own. `absorb` joins a mention into the kept event. */
export function joinReferred(events: Candidate[], deps: ReferredDeps, absorb: (keep: Candidate, c: Candidate) => void): Candidate[] {
  const gone = new Set<Candidate>();
  for (const r of events) {
    if (!pastAnchor(r, deps.text)) continue;
    const fits = events.filter((e) => e !== r && !gone.has(e) && canRetell(r, e, deps));
    if (fits.length !== 1) continue;
    absorb(fits[0], r);
    gone.add(r);
  }
  return events.filter((e) => !gone.has(e));
}

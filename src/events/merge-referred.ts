// "Hours after the session in Naqoura, the envoy briefed the president", "after his meeting with the negotiators":
// a meeting named only to place another act after it. When the report tells a meeting it can be, it is that meeting
// told again, and joins it even when the two mentions name different sides (each names the side its sentence is
// about); when nothing else tells it, it is the report's one mention of a meeting that took place (see the
// meeting-referred sense in ./senses.ts, which leaves such mentions to this step).
import type { Token } from '../nlp/wink.js';
import type { Span } from '../record.js';
import { ANCHOR_DETERMINERS, PAST_ANCHORS } from '../words/meeting.js';
import type { Candidate } from './find.js';
import { datesCompatible } from './merge-dates.js';

export interface ReferredDeps {
  sideOf: (id: string) => string;
  /** The tokens inside a span of the report. */
  words: (span: Span) => readonly Token[];
}

/** The mention is a meeting noun that only times another act: "after the", "following their first", "since his
 * talks with" come just before it, with three words at most between the determiner and the noun. */
export function pastAnchor(c: Candidate, words: ReferredDeps['words']): boolean {
  if (c.event !== 'CONSULT' || c.rule !== 'consult.meet.noun') return false;
  const tokens = words([c.sentence[0], c.span[0]]);
  // A noun glued to the word before it ("post-summit") is no noun the anchor's words precede.
  if (tokens.at(-1)?.end === c.span[0]) return false;
  const before = spaced(tokens);
  for (let k = 0; k <= 3 && k + 2 <= before.length; k++) {
    const [anchor, det] = [before[before.length - k - 2], before[before.length - k - 1]];
    if (!before.slice(before.length - k).every(plainWord)) return false;
    if (PAST_ANCHORS.has(anchor.lower) && ANCHOR_DETERMINERS.has(det.lower)) return true;
  }
  return false;
}

/** A word as the text spaces it: the tokens glued to one another ("Trump’s", "follow-up"), lower case. */
interface Spaced { lower: string; tokens: readonly Token[] }

function spaced(tokens: readonly Token[]): Spaced[] {
  const out: Spaced[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && last.tokens.at(-1)!.end === t.start) out[out.length - 1] = { lower: last.lower + t.lower, tokens: [...last.tokens, t] };
    else out.push({ lower: t.lower, tokens: [t] });
  }
  return out;
}

/** Letters, digits, hyphens and apostrophes only: no comma or other mark ends a word between determiner and noun. */
const plainWord = (w: Spaced) => w.tokens.every((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM' || t.lower === '-' || t.lower === '’' || t.lower === "'");

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
    if (!pastAnchor(r, deps.words)) continue;
    const fits = events.filter((e) => e !== r && !gone.has(e) && canRetell(r, e, deps));
    if (fits.length !== 1) continue;
    absorb(fits[0], r);
    gone.add(r);
  }
  return events.filter((e) => !gone.has(e));
}

// The date of an event: the date expression in its sentence nearest the trigger (after it first, within the clause),
// resolved by ../dates/resolve.ts. "earlier in the day" takes the date of the meeting it is tied to.
import type { DocContext } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import type { EventDate } from '../record.js';
import { findDates } from '../dates/resolve.js';

// chrono is the costliest step per event; a sentence with several triggers is parsed once per reading.
const cache = new WeakMap<Sentence, Map<string, ReturnType<typeof findDates>>>();

function datesOf(ctx: DocContext, s: Sentence, sentence: string, future: boolean) {
  let bySentence = cache.get(s);
  if (!bySentence) cache.set(s, (bySentence = new Map()));
  const key = `${future}|${ctx.published}`;
  let found = bySentence.get(key);
  if (!found) bySentence.set(key, (found = findDates(sentence, s.start, ctx.published, future)));
  return found;
}

export function attachDate(ctx: DocContext, s: Sentence, sentence: string, ts: number, future: boolean, tied: EventDate | null): EventDate | null {
  const dates = datesOf(ctx, s, sentence, future);
  if (!dates.length) return tied;
  const at = s.start + ts;
  // Nearest by distance, with dates after the trigger slightly preferred ("met ... on Sunday").
  let best = dates[0], bestD = Infinity;
  for (const d of dates) {
    const dist = d.span[0] >= at ? d.span[0] - at : (at - d.span[1]) * 1.5;
    if (dist < bestD) { best = d; bestD = dist; }
  }
  if (best.date.type === 'unresolved' && /^(earlier|later)/i.test(best.text)) return tied ?? null;
  return best.date;
}

// STUB: plan size, % agreed, durations.
import type { DocContext } from '../context.js';
import type { Claim, ExtractedEvent, Quote } from '../record.js';

export function findClaims(_ctx: DocContext, _events: ExtractedEvent[], _quotes: Quote[]): Claim[] {
  return [];
}

// STUB: PLOVER events.
import type { DocContext } from '../context.js';
import type { ExtractedEvent, Quote } from '../record.js';

export function findEvents(_ctx: DocContext, _quotes: Quote[]): ExtractedEvent[] {
  return [];
}

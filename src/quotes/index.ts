// STUB: direct quotations and their speakers.
import type { DocContext } from '../context.js';
import type { Quote } from '../record.js';

export function findQuotes(_ctx: DocContext): Quote[] {
  return [];
}

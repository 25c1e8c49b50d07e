// STUB: negotiation issues from the data vocabulary.
import type { DocContext } from '../context.js';

export function findIssues(_ctx: DocContext): string[] {
  return [];
}

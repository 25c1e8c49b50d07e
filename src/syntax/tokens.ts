// A sentence's wink tokens with the entity each belongs to: the input every syntax pass and the matcher read.
import type { EntityIndex } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import { repairTags } from './tag-repairs.js';
import type { SynToken } from './types.js';

/** One walk over the sentence's tokens and its mentions (both in text order): linear in their lengths. */
export function synTokens(s: Sentence, entities: EntityIndex | null): SynToken[] {
  const mentions = entities ? entities.mentionsIn(s.start, s.end) : [];
  const out: SynToken[] = new Array(s.tokens.length);
  let m = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    while (m < mentions.length && mentions[m].span[1] <= t.start) m++;
    const mention = m < mentions.length && mentions[m].span[0] < t.end && t.start < mentions[m].span[1] ? mentions[m] : null;
    const entity = mention ? entities!.byId(mention.entity) ?? null : null;
    out[i] = {
      i, text: t.text, lower: t.lower, lemma: t.lemma, pos: t.pos, start: t.start, end: t.end,
      entity: entity ? entity.id : null, entityKind: entity ? entity.kind : null, via: entity ? mention!.via : null,
    };
  }
  repairTags(out);
  return out;
}

/** The first token that ends after `offset` (binary search: a long sentence costs log time per lookup). */
export function tokenAt(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "follow-up meetings", "long-running talks": the word at `i` is glued by a hyphen to the next word, so it is part of
 * a compound modifier whatever its tag (not a verb of its own). */
export function hyphenGlued(tokens: SynToken[], i: number): boolean {
  const dash = tokens[i + 1], next = tokens[i + 2];
  return dash?.lower === '-' && next !== undefined && tokens[i].end === dash.start && dash.end === next.start;
}

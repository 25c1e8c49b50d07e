// Who the report attributes an event to: the speaker of the quotation it sits in, the subject of a reporting verb
// that governs it ("Trump said Putin agreed ..."), "according to X", or "anonymous" for unnamed sources. The readings
// of the sentence are the syntax layer's (src/syntax/attribution.ts); this module turns them into parties.
import type { DocContext } from '../context.js';
import type { Quote, Span } from '../record.js';
import { accordingTo, closingAttribution, sayingBefore, speakerChunks, unnamedSource } from '../syntax/attribution.js';
import { tokenAt } from '../syntax/tokens.js';
import type { SentenceSyntax } from '../syntax/types.js';

// The sentence-wide sources do not depend on the event's span: read once per sentence (a sentence has many candidates).
const bySentence = new WeakMap<SentenceSyntax, { ctx: DocContext; source: string | null }>();

/** "according to X", or unnamed sources anywhere in the sentence. */
function sentenceSource(ctx: DocContext, x: SentenceSyntax): string | null {
  const known = bySentence.get(x);
  if (known && known.ctx === ctx) return known.source;
  const source = accordingOrAnonymous(x);
  bySentence.set(x, { ctx, source });
  return source;
}

function accordingOrAnonymous(x: SentenceSyntax): string | null {
  const according = accordingTo(x);
  if (according !== null) {
    const named = x.tokens.slice(according[0], according[1]).find((t) => t.entity !== null)?.entity;
    if (named) return named;
  }
  return unnamedSource(x) ? 'anonymous' : null;
}

const isPlace = (ctx: DocContext, id: string) => ctx.entities.byId(id)?.kind === 'place';

export function reportedBy(ctx: DocContext, x: SentenceSyntax, span: Span, quotes: Quote[]): string | null {
  const q = quotes.find((y) => span[0] >= y.span[0] && span[1] <= y.span[1]);
  if (q) return q.speaker;
  const wholeSentence = sentenceSource(ctx, x);
  if (wholeSentence !== null) return wholeSentence;
  const verb = sayingBefore(x, tokenAt(x.tokens, span[0]));
  if (verb !== null) {
    const named = speakerChunks(x, verb).flatMap((c) => x.chunks[c].entities).filter((id) => !isPlace(ctx, id)).at(-1);
    if (named) return named;
  }
  return trailingSpeaker(ctx, x, tokenAt(x.tokens, span[1]));
}

const SPEAKER_KINDS = new Set(['person', 'state', 'organization', 'group']);

/** The one who says the sentence when the attribution closes it, after the event: the party named right before the
 * reporting verb ("…, Zelensky said") or right after it ("…, said Zelensky"). */
function trailingSpeaker(ctx: DocContext, x: SentenceSyntax, from: number): string | null {
  const closing = closingAttribution(x, from);
  if (!closing) return null;
  const speakers = ([a, b]: [number, number]) => {
    const out: string[] = [];
    for (let k = a; k < b; k++) {
      const id = x.tokens[k].entity;
      if (id && SPEAKER_KINDS.has(ctx.entities.byId(id)?.kind ?? '') && out.at(-1) !== id) out.push(id);
    }
    return out;
  };
  return speakers(closing.before).at(-1) ?? speakers(closing.after)[0] ?? null;
}

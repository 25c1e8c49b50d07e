// Who the report attributes an event to: the speaker of the quotation it sits in, the subject of a reporting verb
// that governs it ("Trump said Putin agreed ..."), "according to X", or "anonymous" for unnamed sources.
import type { DocContext } from '../context.js';
import type { Sentence } from '../nlp/wink.js';
import type { Quote, Span } from '../record.js';
import { reportingAlternation } from '../words/reporting.js';

const REPORTING = new RegExp(`\\b(?:${reportingAlternation({ classes: ['say', 'manner'], clause: true })})\\b`, 'i');
const ANONYMOUS = /\b(?:sources?|officials?|a\s+person|people\s+familiar|diplomats?|aides?|insiders?)\b[^.]{0,40}\b(?:said|say|says|told|familiar|indicated|described)\b|\baccording\s+to\s+(?:a|an|two|three|several|sources|officials|people)\b/i;

// The sentence-wide sources do not depend on the event's span: read once per sentence (a sentence has many candidates).
const bySentence = new WeakMap<Sentence, { ctx: DocContext; sentence: string; source: string | null }>();

/** "according to X" right before a name, or unnamed sources anywhere in the sentence. */
function sentenceSource(ctx: DocContext, s: Sentence, sentence: string): string | null {
  const known = bySentence.get(s);
  if (known && known.ctx === ctx && known.sentence === sentence) return known.source;
  const source = accordingOrAnonymous(ctx, s, sentence);
  bySentence.set(s, { ctx, sentence, source });
  return source;
}

function accordingOrAnonymous(ctx: DocContext, s: Sentence, sentence: string): string | null {
  const acc = /\baccording\s+to\s+/i.exec(sentence);
  if (acc) {
    const m = ctx.entities.mentionsIn(s.start + acc.index + acc[0].length, s.end)[0];
    if (m && m.span[0] - (s.start + acc.index + acc[0].length) < 30) return m.entity;
  }
  return ANONYMOUS.test(sentence) ? 'anonymous' : null;
}

export function reportedBy(ctx: DocContext, s: Sentence, sentence: string, span: Span, quotes: Quote[]): string | null {
  const q = quotes.find((x) => span[0] >= x.span[0] && span[1] <= x.span[1]);
  if (q) return q.speaker;
  const ts = span[0] - s.start;
  const before = sentence.slice(0, ts);
  const wholeSentence = sentenceSource(ctx, s, sentence);
  if (wholeSentence !== null) return wholeSentence;
  const rv = REPORTING.exec(before);
  if (rv) {
    const ms = ctx.entities.mentionsIn(s.start, s.start + rv.index).filter((m) => ctx.entities.byId(m.entity)?.kind !== 'place');
    const last = ms[ms.length - 1];
    if (last && s.start + rv.index - last.span[1] < 40) return last.entity;
  }
  return trailingSpeaker(ctx, s, sentence, span[1] - s.start);
}

/** ", Ukrainian President X said on Wednesday.", ", said X.": an attribution that closes the sentence after a comma. */
const TRAILING = new RegExp(`,\\s*([^,;:"“”]{0,80}?)\\b(?:${reportingAlternation({ classes: ['say'], clause: true })})\\b([^,;:"“”]{0,60})[.!?]?\\s*$`, 'i');

/** The one who says the sentence when the attribution closes it, after the event: the party named right before the
 * reporting verb ("…, Zelensky said") or right after it ("…, said Zelensky"). */
function trailingSpeaker(ctx: DocContext, s: Sentence, sentence: string, from: number): string | null {
  const m = TRAILING.exec(sentence.slice(from));
  if (!m) return null;
  const headStart = s.start + from + m.index + m[0].indexOf(m[1]);
  const verbAt = headStart + m[1].length;
  const speaker = (a: number, b: number) => ctx.entities.mentionsIn(a, b).filter((x) => {
    const kind = ctx.entities.byId(x.entity)?.kind;
    return kind === 'person' || kind === 'state' || kind === 'organization' || kind === 'group';
  });
  const named = speaker(headStart, verbAt).at(-1) ?? speaker(verbAt, s.end)[0];
  return named?.entity ?? null;
}

// How long a meeting or call lasted: "a 75-minute call", "talks lasted three hours", "over two hours" (approx),
// "nearly 2½ hours", "a two-and-a-half-hour meeting". Time around an event ("within 24 hours", "hours after the
// call", "a 48-hour deadline") is not its length.
import { sentenceAt, type DocContext } from '../context.js';
import type { Claim, ExtractedEvent, Span } from '../record.js';
import { parseNumber, type ClaimLexicon } from './lexicon.js';

// Scanning for a number at every offset is slow: find the unit first, then the number right before it.
const UNIT = /[\s-](?:an?[\s-]+)?(minutes?|hours?|hrs?|mins?)\b/gi;
const cache = new WeakMap<ClaimLexicon, RegExp>();
function numberBefore(lex: ClaimLexicon): RegExp {
  let re = cache.get(lex);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(${lex.number}|half)$`, 'iu');
    cache.set(lex, re);
  }
  return re;
}

const MAX_MINUTES = 24 * 60;

export function findDurations(ctx: DocContext, lex: ClaimLexicon, events: ExtractedEvent[]): Claim[] {
  const { text, trace } = ctx;
  const before0 = numberBefore(lex);
  const out: Claim[] = [];
  UNIT.lastIndex = 0;
  for (let u = UNIT.exec(text); u; u = UNIT.exec(text)) {
    let numText = before0.exec(text.slice(Math.max(0, u.index - 40), u.index))?.[1] ?? null;
    let start = numText ? u.index - numText.length : -1;
    const article = /^[\s-](an?)[\s-]/i.exec(u[0]);
    // "for an hour": the article is the number.
    if (!numText && article) { numText = article[1]; start = u.index + 1; }
    if (!numText) continue;
    const m = { index: start, 0: text.slice(start, u.index + u[0].length), 1: numText, 2: u[1] };
    const n = m[1].toLowerCase() === 'half' ? 0.5 : parseNumber(lex, m[1]);
    const rule = 'duration-minutes.n-units';
    if (n === null) continue;
    const minutes = Math.round(/^h/i.test(m[2]) ? n * 60 : n);
    const sent = sentenceAt(ctx.analysis, m.index);
    const sentSpan: Span = sent ? [sent.start, sent.end] : [Math.max(0, m.index - 150), Math.min(text.length, m.index + 150)];
    const sentence = text.slice(sentSpan[0], sentSpan[1]);
    const before = text.slice(Math.max(sentSpan[0], m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, Math.min(sentSpan[1], m.index + m[0].length + 25));
    if (minutes <= 0 || minutes > MAX_MINUTES) continue;
    if (lex.durationExclusion.test(before.trim().split(/\s+/).pop() ?? '') || /^[\s-]*(?:after|before|later|ago|earlier|deadline|ultimatum|notice|window|drive|flight|trip|time difference)\b/i.test(after)) {
      trace({ at: m.index, stage: 'claims', rule, outcome: 'skip', message: `time around an event, not its length: ${m[0]}` });
      continue;
    }
    if (!lex.meeting.test(sentence)) {
      trace({ at: m.index, stage: 'claims', rule, outcome: 'skip', message: `duration with no meeting or call in the sentence: ${m[0]}` });
      continue;
    }
    const approx = lex.approx.test(before);
    const span: Span = [m.index, m.index + m[0].length];
    const event = events.find((e) => e.span[0] < sentSpan[1] && sentSpan[0] < e.span[1]);
    const noun = /^[\s-]*(?:long\s+)?([\p{L}-]+(?:\s+(?:call|meeting|talks|session|conversation))?)/u.exec(after);
    const about = event?.id ?? (noun && lex.meeting.test(noun[1]) ? noun[1] : (lex.meeting.exec(sentence)?.[0] ?? null));
    out.push({ kind: 'duration-minutes', value: minutes, approx, about, speaker: null, span, rule });
    trace({ at: m.index, stage: 'claims', rule, outcome: 'yield', message: `${minutes} minutes${approx ? ' (approx)' : ''}` });
  }
  return out;
}

// Direct quotations and their speakers: pair the marks, drop scare quotes and titles, attribute each quote.
import { inClutter, sentenceAt, type DocContext } from '../context.js';
import type { Quote, Span } from '../record.js';
import { attribute, attributeSentence, type Attribution } from './attribute.js';
import { defaultQuoteLexicon, type QuoteLexicon } from './lexicon.js';
import { findMarkedSpans, type MarkedSpan } from './marks.js';

/** The gold counts quotations of three or more words; shorter ones are scare quotes or single terms. */
export const MIN_QUOTE_WORDS = 3;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// A quoted name after one of these is the title of an operation, document or plan, not speech.
const TITLE_LEAD = /(?:operation|operations|titled|entitled|dubbed|named|codenamed|code-named|headlined|so-called|book|article|report|song|film|program|programme|plan)(?:\s+(?:the|a|an))?\s*$/i;
/** A quote with no attribution of its own goes on in the previous speaker's voice when this little text lies between. */
const MAX_CONTINUATION_GAP = 300;

// "he asked.", "the minister added.": a short clause with a cue that closes the previous quote's sentence.
const CLOSING_CLAUSE = /^[\s,]*(?:[\p{L}.'’-]+\s+){0,6}?[\p{L}.'’-]+[.!?]\s*$/u;

function isClosingAttribution(gap: string, lex: QuoteLexicon): boolean {
  if (gap.length > 80 || !CLOSING_CLAUSE.test(gap)) return false;
  lex.cue.lastIndex = 0;
  return lex.cue.test(gap);
}

/** "he added" after a quote goes to the speaker of the attribution it continues — the previous quote's, when no other
 * person is named (outside quotes) between that speaker and the pronoun — not to the nearest name. */
function continueAttributions(ctx: DocContext, atts: Array<Attribution | null>, quotes: Span[]): void {
  for (let i = 1; i < atts.length; i++) {
    const att = atts[i], prev = atts[i - 1];
    if (!att?.pronoun || !att.speakerSpan || !/^(?:he|she)$/i.test(att.speakerText ?? '') || !prev?.speaker || !prev.speakerSpan) continue;
    if (prev.speakerSpan[1] > att.speakerSpan[0] || att.speakerSpan[0] - prev.speakerSpan[1] > MAX_CONTINUATION_GAP * 2) continue;
    if (ctx.entities.byId(prev.speaker)?.kind !== 'person' || prev.speaker === att.speaker) continue;
    const between = ctx.entities.mentionsIn(prev.speakerSpan[1], att.speakerSpan[0])
      .filter((m) => m.via !== 'pronoun' && !quotes.some(([a, b]) => m.span[0] >= a && m.span[1] <= b))
      .some((m) => m.entity !== prev.speaker && ctx.entities.byId(m.entity)?.kind === 'person');
    if (!between) atts[i] = { ...att, speaker: prev.speaker, rule: `${att.rule}.continues` };
  }
}

/** "they added" after a quote whose source was a group, a body or a state goes on in that source's voice, not to the
 * last plural noun named ("the rebels … the talks … “…,” they added"): the source is who the report is quoting. */
function continuePluralAttributions(ctx: DocContext, atts: Array<Attribution | null>, quotes: Span[]): void {
  for (let i = 1; i < atts.length; i++) {
    const att = atts[i], prev = atts[i - 1];
    if (!att?.pronoun || !att.speakerSpan || !/^they$/i.test(att.speakerText ?? '') || !prev?.speaker || !prev.speakerSpan) continue;
    if (prev.speakerSpan[1] > att.speakerSpan[0] || att.speakerSpan[0] - prev.speakerSpan[1] > MAX_CONTINUATION_GAP * 2) continue;
    const source = ctx.entities.byId(prev.speaker);
    if (!source || source.kind === 'person' || prev.speaker === att.speaker) continue;
    if (newSubjectBetween(ctx, prev.speaker, prev.speakerSpan[1], att.speakerSpan[0], quotes)) continue;
    atts[i] = { ...att, speaker: prev.speaker, rule: `${att.rule}.continues` };
  }
}

/** Another party opens a sentence of narration between the two offsets ("The rebels rejected it."): "they" may be it. */
function newSubjectBetween(ctx: DocContext, source: string, a: number, b: number, quotes: Span[]): boolean {
  return ctx.entities.mentionsIn(a, b).some((m) => {
    if (m.entity === source || m.via === 'pronoun' || quotes.some(([x, y]) => m.span[0] >= x && m.span[1] <= y)) return false;
    const s = sentenceAt(ctx.analysis, m.span[0]);
    return !!s && /^[\s“"]*(?:the\s+)?$/i.test(ctx.text.slice(s.start, m.span[0]));
  });
}

interface Candidate { mark: MarkedSpan; inner: Span; markEnd: number; rule: string }

function countWords(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

function innerSpan(text: string, m: MarkedSpan): Span {
  let a = m.open + 1, b = m.close;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

/** Every word capitalised ("Rising Lion", "Board of Peace"): a name or a title, unless someone is said to say it. */
function isTitleCase(s: string): boolean {
  const words = s.match(WORD) ?? [];
  const content = words.filter((w) => w.length > 3);
  return content.length > 0 && content.every((w) => /^\p{Lu}/u.test(w)) && words.length <= 8;
}

/** A complete sentence of narration lies between the two offsets: the speaker may have changed. */
function sentenceBetween(ctx: DocContext, a: number, b: number, quotes: Span[]): boolean {
  for (let s = sentenceAt(ctx.analysis, a), i = s ? s.index + 1 : 0; i < ctx.analysis.sentences.length; i++) {
    const t = ctx.analysis.sentences[i];
    if (t.start >= b) break;
    if (t.start >= a && t.end <= b && !quotes.some(([x, y]) => t.start >= x - 1 && t.end <= y + 1)) return true;
  }
  return false;
}

export function findQuotes(ctx: DocContext, lex: QuoteLexicon = defaultQuoteLexicon()): Quote[] {
  const { text, trace } = ctx;
  const candidates: Candidate[] = [];
  for (const mark of findMarkedSpans(text)) {
    const inner = innerSpan(text, mark);
    const words = countWords(text.slice(inner[0], inner[1]));
    const rule = mark.runsOn ? `quote.${mark.family}.runs-on` : `quote.${mark.family}`;
    if (inClutter(ctx.clutter, inner)) { trace({ at: mark.open, stage: 'quotes', rule, outcome: 'skip', message: 'in page clutter' }); continue; }
    if (words < MIN_QUOTE_WORDS && !mark.runsOn && !mark.continued) {
      trace({ at: mark.open, stage: 'quotes', rule, outcome: 'skip', message: `scare quote: ${words} word${words === 1 ? '' : 's'}` });
      continue;
    }
    if (TITLE_LEAD.test(text.slice(Math.max(0, mark.open - 30), mark.open))) {
      trace({ at: mark.open, stage: 'quotes', rule, outcome: 'skip', message: 'title of an operation or document' });
      continue;
    }
    candidates.push({ mark, inner, markEnd: mark.runsOn ? mark.close : mark.close + 1, rule });
  }
  const ranges: Span[] = candidates.map((c) => c.inner);
  const attributions: Array<Attribution | null> = candidates.map((c, i) =>
    attribute(ctx, lex, { open: c.mark.open, markEnd: c.markEnd, inner: c.inner }, i > 0 ? candidates[i - 1].markEnd : 0,
      i + 1 < candidates.length ? candidates[i + 1].mark.open : text.length, ranges));

  // A paragraph-spanning quote is one voice: share the attribution along the chain.
  for (let i = 1; i < candidates.length; i++) {
    if (candidates[i].mark.continued && candidates[i - 1].mark.runsOn) {
      attributions[i] ??= attributions[i - 1] && { ...attributions[i - 1]!, rule: 'speaker.runs-on' };
    }
  }
  for (let i = candidates.length - 2; i >= 0; i--) {
    if (candidates[i].mark.runsOn && candidates[i + 1].mark.continued) {
      attributions[i] ??= attributions[i + 1] && { ...attributions[i + 1]!, rule: 'speaker.runs-on' };
    }
  }
  // A quote-only sentence after a quote continues that speaker (“…,” Trump warned. “…”), also past the previous
  // quote's own closing attribution (“…?” he asked. “…”).
  for (let i = 1; i < candidates.length; i++) {
    if (attributions[i] || !attributions[i - 1]) continue;
    const gapStart = candidates[i - 1].markEnd, gapEnd = candidates[i].mark.open;
    const closing = isClosingAttribution(text.slice(gapStart, gapEnd), lex);
    if (gapEnd - gapStart > MAX_CONTINUATION_GAP || (!closing && sentenceBetween(ctx, gapStart, gapEnd, ranges))) continue;
    attributions[i] = { ...attributions[i - 1]!, rule: 'speaker.continues' };
  }
  continueAttributions(ctx, attributions, ranges);
  continuePluralAttributions(ctx, attributions, ranges);

  const quotes: Quote[] = [];
  const seen = new Map<string, string>();
  candidates.forEach((c, i) => {
    const att = attributions[i];
    const quoted = text.slice(c.inner[0], c.inner[1]);
    // A page repeats its headline; the same words quoted twice are one quotation.
    const key = quoted.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) {
      trace({ at: c.mark.open, stage: 'quotes', rule: c.rule, outcome: 'skip', message: `repeats ${seen.get(key)}` });
      return;
    }
    // Only a cue before the quote makes a capitalised quote speech ("he said: “Peace Now”"); one after it may be any verb.
    const cued = att?.cueEnd != null && att.cueEnd <= c.mark.open && /^[\s:,]*$/.test(text.slice(att.cueEnd, c.mark.open));
    if (!cued && isTitleCase(quoted)) {
      trace({ at: c.mark.open, stage: 'quotes', rule: c.rule, outcome: 'skip', message: 'capitalised name or title with no speaker' });
      return;
    }
    const rule = `${c.rule}+${att?.rule ?? 'speaker.none'}`;
    seen.set(key, `q${quotes.length + 1}`);
    quotes.push({
      id: `q${quotes.length + 1}`, speaker: att?.speaker ?? null, speaker_text: att?.speakerText ?? null, cue: att?.cue ?? null,
      text: quoted, span: c.inner, rule,
    });
    trace({ at: c.mark.open, stage: 'quotes', rule, outcome: 'yield', message: `“${quoted.slice(0, 40)}” — ${att?.speakerText ?? 'no speaker'}` });
  });
  return quotes;
}

// A clause after ", but" / ", while" / ";" has a speaker of its own: "Trump said it was 95% done, but Zelenskyy said".
const NEXT_CLAUSE = /[,;]\s*(?:but|while|whereas|although|though)\b|;|\s[—–]\s/;

/** The speaker a sentence attributes the clause at `at` to (for claims outside quotation marks), or null. */
export function sentenceSpeaker(ctx: DocContext, at: number, quotes: Quote[], lex: QuoteLexicon = defaultQuoteLexicon()): Attribution | null {
  const s = sentenceAt(ctx.analysis, at);
  if (!s) return null;
  const next = NEXT_CLAUSE.exec(ctx.text.slice(at, s.end));
  const end = next ? at + next.index : s.end;
  return attributeSentence(ctx, lex, [s.start, end], quotes.map((q) => q.span));
}

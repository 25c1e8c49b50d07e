// The pipeline's stages called one by one, in pipeline.ts's order, so the bench can say which stage dominates.
// Keep in step with src/pipeline.ts (this mirrors it for timing only; the product path is extractReport).
import { cleanReport } from '../src/clean/index.js';
import { findClaims } from '../src/claims/index.js';
import { noTrace, type DocContext } from '../src/context.js';
import { findEntities, type Lexicon } from '../src/entities/index.js';
import { findEvents } from '../src/events/index.js';
import { findIssues } from '../src/issues/index.js';
import { analyze } from '../src/nlp/wink.js';
import { findQuotes } from '../src/quotes/index.js';
import type { Report } from '../src/record.js';
import type { StageClock } from './measure.js';

export function runStages(report: Report, lexicon: Lexicon, clock: StageClock): void {
  const cleaned = clock.time('clean', () => cleanReport(report));
  const text = cleaned.text;
  const analysis = clock.time('nlp (wink analyze)', () => analyze(text));
  const entities = clock.time('entities', () => findEntities(text, analysis, lexicon));
  const ctx: DocContext = { text, published: cleaned.published, analysis, entities, clutter: cleaned.clutter, trace: noTrace };
  const quotes = clock.time('quotes', () => findQuotes(ctx));
  const events = clock.time('events', () => findEvents(ctx, quotes));
  clock.time('claims', () => findClaims(ctx, events, quotes));
  clock.time('issues', () => findIssues(ctx));
}

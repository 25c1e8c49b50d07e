// The extraction pipeline, top to bottom. Each stage is a small unit; the order here is the design:
// later stages read what earlier ones found, never the other way round.
import { analyze } from './nlp/wink.js';
import { cleanReport } from './clean/index.js';
import { findEntities, type Lexicon } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import { findEvents } from './events/index.js';
import { findClaims } from './claims/index.js';
import { findIssues } from './issues/index.js';
import { noTrace, type DocContext, type Trace } from './context.js';
import type { ExtractionRecord, Report } from './record.js';
import type { EventRule } from './events/rules/types.js';

/** The pipeline's stages, in the order they run. */
export const STAGES = ['clean', 'nlp', 'entities', 'quotes', 'events', 'claims', 'issues'] as const;
export type StageName = (typeof STAGES)[number];
/** Runs one stage; a benchmark passes one that times it. */
export type StageRunner = <T>(stage: StageName, run: () => T) => T;
const runStage: StageRunner = (_stage, run) => run();

export interface ExtractDeps {
  lexicon: Lexicon;
  /** Receives `--explain` entries; defaults to nothing. */
  trace?: Trace;
  /** Wraps every stage (e.g. `npm run bench` times each); defaults to just running it. */
  stage?: StageRunner;
  /** The event rules to run (default: all of src/events/rules); the rule mutation check passes all but one. */
  eventRules?: readonly EventRule[];
}

export function extractReport(report: Report, deps: ExtractDeps): ExtractionRecord {
  const trace = deps.trace ?? noTrace;
  const stage = deps.stage ?? runStage;
  // 1. Read and clean: date header, dateline, stray tags, HTML, clutter. Every later span indexes the cleaned text.
  const cleaned = stage('clean', () => cleanReport(report));
  const text = cleaned.text;
  // 2. Sentences and tokens with character offsets (wink-nlp).
  const analysis = stage('nlp', () => analyze(text));
  // 3. Entities first: quotes need speakers, events need participants, claims need speakers.
  const entities = stage('entities', () => findEntities(text, analysis, deps.lexicon));
  const ctx: DocContext = { text, published: cleaned.published, analysis, entities, clutter: cleaned.clutter, trace };
  // 4. Quotes before events: a sentence inside a quote is the speaker's claim, which events mark as reported_by.
  const quotes = stage('quotes', () => findQuotes(ctx));
  // 5. Events with participants, date, place and modality; merged within the report.
  const events = stage('events', () => findEvents(ctx, quotes, deps.eventRules));
  // 6. Claims last among finders: a duration is "about" an event, a percentage has a speaker from the quotes.
  const claims = stage('claims', () => findClaims(ctx, events, quotes));
  // 7. Issues the report touches (vocabulary match over the whole text).
  const issues = stage('issues', () => findIssues(ctx));
  return {
    doc: {
      id: report.id, source: report.source, published: cleaned.published, published_from: cleaned.published_from,
      dateline: cleaned.dateline, title: cleaned.title, language: 'en',
    },
    text,
    entities: entities.entities,
    events,
    quotes,
    claims,
    issues,
    warnings: cleaned.warnings,
  };
}

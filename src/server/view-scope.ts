// The filter every dashboard list shares, parsed from the query string, and a process's scope (its events and the
// reports that carry them) taken from its brief, so a process filter selects what the process page shows.
import type { Brief, Store } from '../index.js';
import { viewFilter, type ViewQuery } from '../query/view.js';
import type { EventFilter } from '../store/types.js';
import type { BriefApi } from './brief.js';
import { BadRequest } from './errors.js';
import { MODALITIES } from './api.js';
import { PLOVER_EVENTS } from '../index.js';
import type { ParamSpec } from './params.js';

export const VIEW_FILTER = {
  process: { type: 'text', max: 200, description: 'only this process\'s events (a name, id or alias from /api/processes)' },
  actor: { type: 'text', description: 'events with this person, state or organisation (any spelling)' },
  event: { type: 'enum', values: PLOVER_EVENTS, fold: 'upper', description: 'PLOVER category, e.g. CONSULT' },
  modality: { type: 'enum', values: MODALITIES, fold: 'lower', description: 'asserted | future | hypothetical | negated' },
  since: { type: 'date', description: 'on or after this date' },
  until: { type: 'date', description: 'on or before this date' },
  min_sources: { type: 'int', min: 1, max: 10_000, description: 'carried by at least this many reports' },
  place: { type: 'text', max: 200, description: 'at this place, as reported (see /api/view/places)' },
} satisfies ParamSpec;

export const PAGE_PARAMS = {
  limit: { type: 'int', min: 1, max: 1000, description: 'rows per page (default 50)' },
  offset: { type: 'int', min: 0, max: 10_000_000, description: 'skip this many rows first' },
} satisfies ParamSpec;

export interface ProcessScope { events: number[]; reports: Set<string> }

/** The process's events and reports from its (cached) brief; 400 without a brief, 404 for an unknown process. */
export async function processScope(briefs: BriefApi | null, store: Store, process: string | undefined): Promise<ProcessScope | undefined> {
  if (!process) return undefined;
  if (!briefs) throw new BadRequest('this server has no brief, so it cannot filter by process');
  const [b] = (await briefs.brief(store, { process })) as Brief[];
  const events = b ? b.timeline.map((e) => e.id) : [];
  const reports = new Set(b ? b.timeline.flatMap((e) => e.evidence.map((x) => x.report)) : []);
  return { events, reports };
}

export type ViewParams = Record<string, string | number | undefined>;

export async function filterOf(store: Store, briefs: BriefApi | null, p: ViewParams): Promise<{ filter: EventFilter; scope?: ProcessScope }> {
  const q: ViewQuery = {
    actor: p.actor as string | undefined, event: p.event as string | undefined, modality: p.modality as string | undefined,
    since: p.since as string | undefined, until: p.until as string | undefined,
    minSources: p.min_sources as number | undefined, place: p.place as string | undefined,
  };
  const scope = await processScope(briefs, store, p.process as string | undefined);
  return { filter: await viewFilter(store, q, scope?.events), scope };
}

export const pageOf = (p: ViewParams) => ({ offset: (p.offset as number | undefined) ?? 0, limit: (p.limit as number | undefined) ?? 50 });

// The tracker: filters as links, the weekly chart whose brush sets the date range, one page of events, and the
// downloads of exactly that page. Used by the timeline (all processes) and by each process page.
import { useEffect } from 'preact/hooks';
import { useApi, type EventView } from '../api';
import { eventTitle, MODALITY_MARK, windowLabel } from '../format';
import { apiQuery, href, type Filters } from '../route';
import { Evidence } from './Evidence';
import { FilterBar } from './FilterBar';
import { Downloads } from './Downloads';
import { Status } from './Status';
import { WeekChart, type WeekCount } from './WeekChart';

export const PAGE = 50;
interface Sourced { headline?: string; outlet: string; report: string }
interface EventPage { total: number; offset: number; limit: number; events: (EventView & { sources: Sourced[] })[] }

export interface TrackerProps {
  /** Path of the page (["timeline"] or ["process", id]); links keep it. */
  base: string[];
  filters: Filters;
  page: number;
  open: number | null;
  by: 'category' | 'modality';
}

export function Tracker({ base, filters, page, open, by }: TrackerProps) {
  const offset = (page - 1) * PAGE;
  // The list first: the server answers in order, and the list is what a reader reads; the chart follows.
  const events = useApi<EventPage>(`/api/view/events${apiQuery({ ...filters, offset, limit: PAGE })}`);
  const weeks = useApi<WeekCount[]>(`/api/view/weeks${apiQuery({ ...filters, by })}`);
  // On a process page the process is the path; the URL does not repeat it.
  const shown = base[0] === 'process' ? { ...filters, process: undefined } : filters;
  const link = (change: Record<string, string | number | null>) => href(base, { ...shown, by: by === 'category' ? null : by, page: page > 1 ? page : null, open, ...change });
  useEffect(() => {
    if (!open || !events.data) return;
    document.querySelector(`[data-event="${open}"]`)?.scrollIntoView({ block: 'center' });
  }, [open, events.data]);
  return (
    <div class="tracker">
      <FilterBar base={base} filters={filters} by={by} />
      <div class="chart-head">
        <span>Events per week by{' '}
          <a href={link({ by: null })} aria-current={by === 'category' ? 'true' : undefined}>category</a> ·{' '}
          <a href={link({ by: 'modality' })} aria-current={by === 'modality' ? 'true' : undefined}>modality</a></span>
      </div>
      <Status state={weeks}>{(rows) => (
        <WeekChart rows={rows} label={`events per week by ${by}`} keyLink={(k) => link({ [by === 'modality' ? 'modality' : 'event']: k, page: null, open: null })}
          onRange={(since, until) => { location.hash = link({ since, until, page: null, open: null }); }} />
      )}</Status>
      <div class="split">
        <div class="timeline">
          <Status state={events}>{(p) => (
            <>
              <div class="list-head">
                <span>{p.total === 0 ? 'No events match.' : `Events ${offset + 1}–${offset + p.events.length} of ${p.total}`}, newest first</span>
                <Downloads kind="events" params={{ ...filters, offset, limit: PAGE }} formats={['csv', 'jsonl']} />
              </div>
              <ol class="events" aria-label="events">{p.events.map((e) => (
                <li>
                  <a href={link({ open: e.id })} class={`ev ev-${e.modality}${open === e.id ? ' selected' : ''}`} data-event={e.id}
                    data-category={e.event} data-mode={e.mode ?? ''} data-date={e.date ?? ''} aria-expanded={open === e.id}>
                    <span class="date" title={!e.date && e.window ? 'no report dates this event; the days its reports allow' : undefined}>
                      {e.date ?? 'undated'}{!e.date && e.window && <small class="window">{windowLabel(e.window)}</small>}
                    </span>
                    <span class="what">{eventTitle(e)}{e.where && <span class="where"> · {e.where}</span>}</span>
                    {MODALITY_MARK[e.modality] && <span class="mark">{MODALITY_MARK[e.modality]}</span>}
                    <span class="badge" title="reports that carry this event">{e.source_count} {e.source_count === 1 ? 'source' : 'sources'}</span>
                  </a>
                </li>
              ))}</ol>
              <Pager total={p.total} page={page} link={(n) => link({ page: n > 1 ? n : null, open: null })} />
            </>
          )}</Status>
        </div>
        <aside class="evidence-panel" aria-live="polite">{open ? <Evidence id={open} /> : <p class="hint">Open an event to see its sentence in every report that carries it.</p>}</aside>
      </div>
    </div>
  );
}

export function Pager({ total, page, link }: { total: number; page: number; link: (n: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / PAGE));
  if (pages === 1) return null;
  return (
    <nav class="pager" aria-label="pages">
      {page > 1 ? <a href={link(page - 1)} rel="prev">← newer</a> : <span />}
      <span>page {page} of {pages}</span>
      {page < pages ? <a href={link(page + 1)} rel="next">older →</a> : <span />}
    </nav>
  );
}

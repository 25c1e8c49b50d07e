// Canonical events by date. Asserted events are solid; planned, hypothetical and denied ones are drawn differently
// and say so in words. Clicking one shows the sentence in every report that supports it.
import { useState } from 'preact/hooks';
import { query, useApi, type EventView } from '../api';
import { docHref, eventTitle, MODALITY_MARK, outletName } from '../format';
import { Status } from './Status';

const MODALITIES = ['', 'asserted', 'future', 'hypothetical', 'negated'];
/** The API's page size for events (its default limit). */
const PAGE = 1000;

interface OpenApi { paths: Record<string, { get?: { parameters?: { name: string; schema: { enum?: string[] } }[] } }> }
/** The PLOVER categories, as the API document lists them (one source of truth). */
const categoriesOf = (doc: OpenApi | undefined) => doc?.paths['/api/events']?.get?.parameters?.find((p) => p.name === 'event')?.schema.enum ?? [];

export function Timeline({ selected }: { selected: number | null }) {
  const [modality, setModality] = useState('');
  const [category, setCategory] = useState('');
  const openapi = useApi<OpenApi>('/api/openapi.json');
  const [actor, setActor] = useState('');
  const [typed, setTyped] = useState('');
  const events = useApi<EventView[]>(`/api/events${query({ modality, actor, event: category })}`);
  const groups = (list: EventView[]) => {
    const out = new Map<string, EventView[]>();
    for (const e of list) {
      const key = e.date ?? 'undated';
      out.set(key, [...(out.get(key) ?? []), e]);
    }
    // Undated events go last: the timeline reads in date order, and they have no place in it.
    return [...out].sort((a, b) => Number(a[0] === 'undated') - Number(b[0] === 'undated'));
  };
  return (
    <section class="timeline-page">
      <h1>Timeline</h1>
      <form class="filters" onSubmit={(ev) => { ev.preventDefault(); setActor(typed.trim()); }}>
        <label>Who <input value={typed} onInput={(e) => setTyped(e.currentTarget.value)} placeholder="e.g. Zelensky" /></label>
        <label>Modality <select value={modality} onChange={(e) => setModality(e.currentTarget.value)}>
          {MODALITIES.map((m) => <option value={m}>{m || 'all'}</option>)}
        </select></label>
        <label>Event <select value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
          {['', ...categoriesOf(openapi.data)].map((c) => <option value={c}>{c || 'all'}</option>)}
        </select></label>
        <button type="submit">Filter</button>
        <span class="legend">
          <span class="ev ev-asserted">asserted</span> <span class="ev ev-future">planned</span>
          <span class="ev ev-hypothetical">hypothetical</span> <span class="ev ev-negated">denied</span>
        </span>
      </form>
      <div class="split">
        <div class="timeline">
          <Status state={events}>{(list) => list.length === 0 ? <p>No events match.</p> : <>
            {list.length >= PAGE && <p class="hint">Showing the first {PAGE} events; narrow the filters to see the rest.</p>}
            {groups(list).map(([date, evs]) => (
            <div class="day">
              <h3 class="date">{date}</h3>
              {evs.map((e) => (
                <a href={`#/timeline/${e.id}`} class={`ev ev-${e.modality}${selected === e.id ? ' selected' : ''}`} data-event={e.id}
                  data-category={e.event} data-mode={e.mode ?? ''}>
                  <span class="what">{eventTitle(e)}{e.where && <span class="where"> · {e.where}</span>}</span>
                  {MODALITY_MARK[e.modality] && <span class="mark">{MODALITY_MARK[e.modality]}</span>}
                  <span class="badge" title="reports that carry this event">{e.source_count} {e.source_count === 1 ? 'source' : 'sources'}</span>
                </a>
              ))}
            </div>
          ))}</>}</Status>
        </div>
        <aside class="evidence-panel">{selected ? <Evidence id={selected} /> : <p class="hint">Click an event to see its evidence in every report.</p>}</aside>
      </div>
    </section>
  );
}

function Evidence({ id }: { id: number }) {
  const ev = useApi<EventView>(`/api/events/${id}`);
  return (
    <Status state={ev}>{(e) => (
      <div>
        <h2>{eventTitle(e)}</h2>
        <p class="facts">{e.date ?? 'undated'}{e.where ? ` · ${e.where}` : ''} · {e.modality} · {e.source_count} {e.source_count === 1 ? 'source' : 'sources'}</p>
        {e.sources.map((s) => (
          <blockquote class="source">
            <p>
              {s.context ? <>
                <span class="ctx">{s.context.before}</span>
                <mark class="sentence">{s.context.lead}<strong class="evidence">{s.context.evidence}</strong>{s.context.trail}</mark>
                <span class="ctx">{s.context.after}</span>
              </> : <mark class="sentence"><strong class="evidence">{s.evidence}</strong></mark>}
            </p>
            <footer>
              <a href={docHref(s.report, e.id)}>{s.report}</a> · {outletName(s.outlet)}
              {s.url && <> · <a href={s.url} rel="noopener noreferrer" target="_blank">original</a></>}
            </footer>
          </blockquote>
        ))}
      </div>
    )}</Status>
  );
}

// The filters of an event list. Each active filter is a link that removes it; the form writes the URL, so every
// filtered view is a link (and back/forward work).
import { useEffect, useState } from 'preact/hooks';
import { PLOVER_EVENTS } from '../../../src/record';
import { href, type Filters } from '../route';

const MODALITIES = ['asserted', 'future', 'hypothetical', 'negated'];
const LABELS: Record<string, string> = { process: 'process', since: 'from', until: 'to', actor: 'who', event: 'category', modality: 'modality', min_sources: 'min. sources', place: 'place' };

// The categories are the record's own list, built in: reading them from /api/openapi.json cost every event page a
// 32 kB request before its filter bar was complete.
const CATEGORIES = ['', ...PLOVER_EVENTS];

export function FilterBar({ base, filters, by, fixed = [] }: { base: string[]; filters: Filters; by: string; fixed?: string[] }) {
  const [draft, setDraft] = useState<Filters>(filters);
  useEffect(() => setDraft(filters), [JSON.stringify(filters)]);
  const set = (k: keyof Filters) => (e: Event) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value });
  const go = (f: Filters) => href(base, { ...f, process: base[0] === 'process' ? undefined : f.process, by: by === 'category' ? null : by });
  const active = Object.entries(filters).filter(([k, v]) => v && !fixed.includes(k) && !(base[0] === 'process' && k === 'process'));
  return (
    <div class="filterbar">
      <form class="filters" onSubmit={(e) => { e.preventDefault(); location.hash = go(draft); }}>
        <label>Who <input name="actor" value={draft.actor ?? ''} onInput={set('actor')} placeholder="e.g. Zelensky" size={12} /></label>
        <label>Category <select name="event" value={draft.event ?? ''} onChange={set('event')}>
          {CATEGORIES.map((c) => <option value={c}>{c || 'all'}</option>)}
        </select></label>
        <label>Modality <select name="modality" value={draft.modality ?? ''} onChange={set('modality')}>
          {['', ...MODALITIES].map((m) => <option value={m}>{m || 'all'}</option>)}
        </select></label>
        <label>From <input name="since" type="date" value={draft.since ?? ''} onInput={set('since')} /></label>
        <label>To <input name="until" type="date" value={draft.until ?? ''} onInput={set('until')} /></label>
        <label>Min. sources <input name="min_sources" type="number" min={1} value={draft.min_sources ?? ''} onInput={set('min_sources')} class="narrow" /></label>
        <button type="submit">Apply</button>
      </form>
      {active.length > 0 && (
        <p class="chips" aria-label="active filters">{active.map(([k, v]) => {
          const rest = { ...filters, [k]: undefined };
          return <a class="chip" href={go(rest)} title={`remove the ${LABELS[k]} filter`}>{LABELS[k]}: {v} ×</a>;
        })} <a href={go(Object.fromEntries(Object.entries(filters).filter(([k]) => fixed.includes(k) || (base[0] === 'process' && k === 'process'))))}>clear all</a></p>
      )}
    </div>
  );
}

// One event's evidence: the sentence in every report that carries it, with the report's headline and outlet.
import { useApi, type EventView } from '../api';
import { docHref, eventTitle, outletName } from '../format';
import { Context } from './Context';
import { useNames } from './names';
import { Status } from './Status';

export function Evidence({ id }: { id: number }) {
  const ev = useApi<EventView>(`/api/events/${id}`);
  const names = useNames(ev.data?.sources.map((s) => s.report) ?? []);
  return (
    <Status state={ev}>{(e) => (
      <div class="evidence" id={`event-${e.id}`}>
        <h2 tabIndex={-1}>{eventTitle(e)}</h2>
        <p class="facts">{e.date ?? 'undated'}{e.where ? ` · ${e.where}` : ''} · {e.modality} · {e.source_count} {e.source_count === 1 ? 'source' : 'sources'}</p>
        {e.sources.map((s) => (
          <blockquote class="source">
            <p><Context context={s.context ?? null} fallback={s.evidence} /></p>
            <footer>
              <a href={docHref(s.report, e.id)}>{names[s.report]?.headline ?? s.report}</a> · {outletName(s.outlet)}
              {s.url && <> · <a href={s.url} rel="noopener noreferrer" target="_blank">original</a></>}
            </footer>
          </blockquote>
        ))}
      </div>
    )}</Status>
  );
}

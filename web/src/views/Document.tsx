// One report with its evidence highlighted: events, quotes and claims. The selected event's spans are emphasised and
// scrolled into view. The report text is rendered only as text runs.
import { useEffect, useRef } from 'preact/hooks';
import { useApi, type DocSpan, type DocumentView } from '../api';
import { outletName } from '../format';
import { segments } from '../segments';
import { Status } from './Status';
import { useNames } from './names';

export function DocumentPage({ id, event }: { id: string; event: number | null }) {
  const doc = useApi<DocumentView>(`/api/documents/${encodeURIComponent(id)}`);
  const box = useRef<HTMLDivElement>(null);
  const name = useNames([id])[id];
  useEffect(() => {
    box.current?.querySelector('.hl-selected')?.scrollIntoView({ block: 'center' });
  }, [doc.data, event]);
  return (
    <section class="document">
      <Status state={doc}>{(d) => (
        <>
          <h1>{d.title ?? name?.headline ?? d.id}</h1>
          <p class="facts">
            <strong>{outletName(d.outlet)}</strong> · report {d.id}{d.published ? ` · ${d.published}` : ''} · {d.spans.length} highlighted items
            {d.source && /^https?:/i.test(d.source) && <> · <a href={d.source} rel="noopener noreferrer" target="_blank">original</a></>}
          </p>
          <p class="legend"><mark class="hl hl-event">event</mark> <mark class="hl hl-quote">quote</mark> <mark class="hl hl-claim">claim</mark></p>
          <div class="doc-text" ref={box}>
            {segments(d.text.length, d.spans).map((seg) => {
              const text = d.text.slice(seg.start, seg.end);
              if (!seg.spans.length) return text;
              const mark = <mark class={classes(seg.spans, event)} title={seg.spans.map((s) => s.label).join('\n')}>{text}</mark>;
              // An event's evidence links to the event, where every report's sentence for it is shown side by side.
              const ev = seg.spans.find((s) => s.kind === 'event');
              return ev ? <a class="hl-link" href={`#/timeline/${ev.id}`}>{mark}</a> : mark;
            })}
          </div>
        </>
      )}</Status>
    </section>
  );
}

function classes(spans: DocSpan[], event: number | null): string {
  const kinds = [...new Set(spans.map((s) => `hl-${s.kind}`))];
  const selected = event !== null && spans.some((s) => s.kind === 'event' && s.id === event);
  return ['hl', ...kinds, selected ? 'hl-selected' : ''].filter(Boolean).join(' ');
}

// Quotes grouped by speaker, optionally for one speaker (any spelling).
import { useState } from 'preact/hooks';
import { query, useApi, type QuoteView } from '../api';
import { docHref, outletName } from '../format';
import { Status } from './Status';

export function Quotes({ speaker }: { speaker: string }) {
  const [typed, setTyped] = useState(speaker);
  const quotes = useApi<QuoteView[]>(`/api/quotes${query({ speaker })}`);
  const bySpeaker = (list: QuoteView[]) => {
    const m = new Map<string, QuoteView[]>();
    for (const q of list) m.set(q.speaker ?? 'unattributed', [...(m.get(q.speaker ?? 'unattributed') ?? []), q]);
    return [...m].sort((a, b) => b[1].length - a[1].length);
  };
  return (
    <section class="quotes">
      <h1>Quotes</h1>
      <form class="filters" onSubmit={(e) => { e.preventDefault(); location.hash = `#/quotes${query({ speaker: typed.trim() })}`; }}>
        <label>Speaker <input value={typed} onInput={(e) => setTyped(e.currentTarget.value)} placeholder="e.g. Trump" /></label>
        <button type="submit">Show</button>
      </form>
      <Status state={quotes}>{(list) => list.length === 0 ? <p>No quotes.</p> : bySpeaker(list).map(([who, qs]) => (
        <div class="speaker">
          <h2>{who} <span class="badge">{qs.length}</span></h2>
          {qs.map((q) => (
            <blockquote class="quote">
              <p>“{q.text}”</p>
              <footer><a href={docHref(q.report)}>{q.report}</a> · {outletName(q.outlet)}{q.date ? ` · ${q.date}` : ''}</footer>
            </blockquote>
          ))}
        </div>
      ))}</Status>
    </section>
  );
}

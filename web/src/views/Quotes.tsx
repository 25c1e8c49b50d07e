// Quotes, newest report first within the store's order, one page at a time, each in its sentence with the report's
// headline and outlet; optionally for one speaker (any spelling) or one process.
import { useEffect, useState } from 'preact/hooks';
import type { EventContext } from '../api';
import { docHref } from '../format';
import { useHeadFirst } from '../head-first';
import { apiQuery, href } from '../route';
import { Context } from './Context';
import { Downloads } from './Downloads';
import { Status } from './Status';
import { Pager, PAGE } from './Tracker';

interface Quote { id: number; speaker: string | null; text: string; report: string; headline: string; outlet: string; date: string | null; context: EventContext | null }
interface QuotePage { total: number; quotes: Quote[] }

/** Quotes a first screen shows; the rest of the page follows (each quote reads its sentence from its report). */
const FIRST_SCREEN = 8;

export function Quotes({ speaker, process, page, base = ['quotes'] }: { speaker: string; process?: string; page: number; base?: string[] }) {
  const [typed, setTyped] = useState(speaker);
  useEffect(() => setTyped(speaker), [speaker]);
  const offset = (page - 1) * PAGE;
  const params = { speaker: speaker || undefined, process, offset, limit: PAGE };
  const quotes = useHeadFirst<QuotePage, Quote>((o, l) => `/api/view/quotes${apiQuery({ ...params, offset: o, limit: l })}`, offset, PAGE, FIRST_SCREEN, (p) => p.quotes);
  const link = (change: Record<string, string | number | null>) => href(base, { speaker: speaker || null, tab: base[0] === 'process' ? 'quotes' : null, ...change });
  return (
    <section class="quotes">
      {base[0] === 'quotes' && <h1>Quotes</h1>}
      <form class="filters" onSubmit={(e) => { e.preventDefault(); location.hash = link({ speaker: typed.trim() || null, page: null }); }}>
        <label>Speaker <input value={typed} onInput={(e) => setTyped(e.currentTarget.value)} placeholder="e.g. Trump" /></label>
        <button type="submit">Show</button>
      </form>
      <Status state={quotes}>{(p) => p.total === 0 ? <p>No quotes.</p> : (
        <>
          <p class="list-head"><span>Quotes {offset + 1}–{offset + p.rows.length} of {p.total}</span><Downloads kind="quotes" params={params} formats={['csv', 'jsonl']} /></p>
          {p.rows.map((q) => (
            <blockquote class="quote" id={`quote-${q.id}`}>
              <p class="speaker-line"><strong>{q.speaker ?? 'unattributed'}</strong></p>
              <p><Context context={q.context} fallback={q.text} /></p>
              <footer><a href={docHref(q.report)}>{q.headline}</a> · {q.outlet}{q.date ? ` · ${q.date}` : ''}</footer>
            </blockquote>
          ))}
          {p.complete ? <Pager total={p.total} page={page} link={(n) => link({ page: n > 1 ? n : null })} /> : <p class="loading">Loading the rest of the page…</p>}
        </>
      )}</Status>
    </section>
  );
}

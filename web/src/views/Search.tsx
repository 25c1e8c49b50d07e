// Full-text search over reports and quotes. The snippet's [brackets] mark the matches; they become <mark> runs.
import { useState } from 'preact/hooks';
import { query, useApi, type SearchHit } from '../api';
import { docHref, outletName } from '../format';
import { Status } from './Status';

export function Search({ q }: { q: string }) {
  const [typed, setTyped] = useState(q);
  const hits = useApi<SearchHit[]>(q ? `/api/search${query({ q })}` : null);
  return (
    <section class="search">
      <h1>Search</h1>
      <form class="filters" onSubmit={(e) => { e.preventDefault(); location.hash = `#/search${query({ q: typed.trim() })}`; }}>
        <input type="search" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} placeholder="words that must all occur" aria-label="search" />
        <button type="submit">Search</button>
      </form>
      {q && <Status state={hits}>{(list) => list.length === 0 ? <p>No matches.</p> : (
        <ul class="hits">{list.map((h) => (
          <li><a href={docHref(h.doc_id)}>{h.doc_id}</a> <span class="badge">{h.kind}</span> {outletName(h.outlet)}
            <p class="snippet">{snippet(h.snippet)}</p></li>
        ))}</ul>
      )}</Status>}
    </section>
  );
}

function snippet(s: string) {
  return s.split(/(\[[^\]]*\])/).map((part) => (/^\[.*\]$/.test(part) ? <mark>{part.slice(1, -1)}</mark> : part));
}

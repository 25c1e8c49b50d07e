// The dashboard: a hash router over the views. Every piece of report text reaches the DOM as a text node.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './app.css';
import { useApi, type Meta } from './api';
import { Overview } from './views/Overview';
import { Timeline } from './views/Timeline';
import { Contacts } from './views/Contacts';
import { Quotes } from './views/Quotes';
import { Disputes } from './views/Disputes';
import { Search } from './views/Search';
import { DocumentPage } from './views/Document';
import { AddReport } from './views/AddReport';

export interface Route { path: string[]; params: URLSearchParams }

function parseHash(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, q = ''] = raw.split('?', 2);
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q) };
}

const NAV: [string, string][] = [
  ['', 'Overview'], ['timeline', 'Timeline'], ['contacts', 'Contacts'], ['quotes', 'Quotes'], ['disputes', 'Disputes'], ['search', 'Search'],
];

function App() {
  const [route, setRoute] = useState(parseHash);
  useEffect(() => {
    const on = () => { setRoute(parseHash()); };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const meta = useApi<Meta>('/api/meta');
  const [head, ...rest] = route.path;
  const page = (() => {
    switch (head ?? '') {
      case '': return <Overview />;
      case 'timeline': return <Timeline selected={rest[0] ? Number(rest[0]) : null} />;
      case 'contacts': return <Contacts />;
      case 'quotes': return <Quotes speaker={route.params.get('speaker') ?? ''} />;
      case 'disputes': return <Disputes />;
      case 'search': return <Search q={route.params.get('q') ?? ''} />;
      case 'doc': return <DocumentPage id={rest.join('/')} event={Number(route.params.get('event')) || null} />;
      case 'add': return <AddReport />;
      default: return <p class="error">No such page: {head}</p>;
    }
  })();
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">Parley</a>
        <nav>
          {NAV.map(([p, label]) => <a href={`#/${p}`} class={(head ?? '') === p ? 'active' : ''}>{label}</a>)}
          {meta.data?.writable && <a href="#/add" class={head === 'add' ? 'active' : ''}>Add a report</a>}
        </nav>
        {meta.data && <span class="counts">{meta.data.counts.reports} reports · {meta.data.counts.events} events · {meta.data.counts.quotes} quotes</span>}
      </header>
      <main>{page}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);

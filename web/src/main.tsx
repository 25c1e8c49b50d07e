// The dashboard: a hash router over the views; the URL holds every filter. Every piece of report text reaches the
// DOM as a text node.
import { render } from 'preact';
import './app.css';
import { prefetch, useApi, type Meta } from './api';
import { apiQuery, filtersOf, useRoute } from './route';
import { Overview } from './views/Overview';
import { ProcessPage } from './views/ProcessPage';
import { Tracker } from './views/Tracker';
import { Contacts } from './views/Contacts';
import { Quotes } from './views/Quotes';
import { Disputes } from './views/Disputes';
import { Search } from './views/Search';
import { DocumentPage } from './views/Document';
import { AddReport } from './views/AddReport';
import { lazyView } from './lazy';

// The map's world outlines and projection are most of the dashboard's code: only the map page loads them, at once
// (its places asked for while the code loads); any other page loads them when idle after its first paint, so a
// reader going on to the map does not wait for them.
const MapView = lazyView(() => import('./views/MapView').then((m) => m.MapView), (p) => prefetch(`/api/view/places${apiQuery(p.filters)}`));

const NAV: [string, string][] = [
  ['', 'Overview'], ['timeline', 'Timeline'], ['map', 'Map'], ['contacts', 'Contacts'], ['quotes', 'Quotes'], ['disputes', 'Disputes'], ['search', 'Search'],
];

function App() {
  const route = useRoute();
  const meta = useApi<Meta>('/api/meta');
  const [head, ...rest] = route.path;
  const q = route.params;
  const page = Math.max(1, Number(q.get('page')) || 1);
  const by = q.get('by') === 'modality' ? 'modality' : 'category';
  // "#/timeline/113" (older links) and "#/timeline?open=113" both open event 113.
  const open = Number(q.get('open') ?? (head === 'timeline' ? rest[0] : '')) || null;
  const view = (() => {
    switch (head ?? '') {
      case '': return <Overview />;
      case 'process': return <ProcessPage id={rest[0] ?? ''} tab={q.get('tab') ?? 'timeline'} filters={filtersOf(q)} page={page} open={open} by={by} speaker={q.get('speaker') ?? ''} />;
      case 'timeline': return <section class="timeline-page"><h1>Timeline</h1><Tracker base={['timeline']} filters={filtersOf(q)} page={page} open={open} by={by} /></section>;
      case 'map': return <MapView filters={filtersOf(q)} />;
      case 'contacts': return <Contacts process={q.get('process') ?? undefined} />;
      case 'quotes': return <Quotes speaker={q.get('speaker') ?? ''} process={q.get('process') ?? undefined} page={page} />;
      case 'disputes': return <Disputes process={q.get('process') ?? undefined} page={page} />;
      case 'search': return <Search q={q.get('q') ?? ''} />;
      case 'doc': return <DocumentPage id={rest.join('/')} event={Number(q.get('event')) || null} />;
      case 'add': return <AddReport />;
      default: return <p class="error">No such page: {head}</p>;
    }
  })();
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
      <header class="top">
        <a class="brand" href="#/">Parley</a>
        <nav aria-label="views">
          {NAV.map(([p, label]) => <a href={`#/${p}`} aria-current={(head ?? '') === p ? 'page' : undefined} class={(head ?? '') === p ? 'active' : ''}>{label}</a>)}
          {meta.data?.writable && <a href="#/add" class={head === 'add' ? 'active' : ''}>Add a report</a>}
        </nav>
        {meta.data && <span class="counts">{meta.data.counts.reports} reports · {meta.data.counts.events} events · {meta.data.counts.quotes} quotes</span>}
      </header>
      <main id="main" tabIndex={-1}>{view}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);

const whenIdle = (f: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 5000 }) : setTimeout(f, 2000));
addEventListener('load', () => setTimeout(() => whenIdle(MapView.preload), 1000), { once: true });

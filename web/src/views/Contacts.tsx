// Who met or called whom: a graph grouped by side (each country a box around its people and state), edges as wide
// as the contacts and coloured by their usual mode, planned and denied contacts drawn apart, with a legend and the
// same data as a table beside it. Cytoscape is loaded only on this page.
import { useEffect, useRef } from 'preact/hooks';
import { useApi } from '../api';
import { href } from '../route';
import { Downloads } from './Downloads';
import { Status } from './Status';

export interface Contact { a: string; b: string; meetings: number; calls: number; modes: Record<string, number>; first: string | null; last: string | null; events: number[]; planned: number[]; claims: string[] }
interface ContactsView { contacts: Contact[]; people: Record<string, { kind: string; country: string | null }> }

export const MODE_COLOURS: Record<string, string> = { visit: '#1f6feb', multilateral: '#1a7f37', phone: '#9a6700', 'third-party': '#8250df', unspecified: '#6e7781' };
/** The graph shows the most connected people and states; the table beside it lists every pair. */
const GRAPH_NODES = 36;
const MAX_CLAIM = 90;
const modeOf = (c: Contact) => Object.entries(c.modes).sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'unspecified';
const colour = (mode: string) => MODE_COLOURS[mode] ?? MODE_COLOURS.unspecified;
export const kindOf = (c: Contact) => (c.meetings + c.calls > 0 ? 'held' : c.planned.length ? 'planned' : 'denied');

export function Contacts({ process }: { process?: string }) {
  const view = useApi<ContactsView>(`/api/view/contacts${process ? `?process=${encodeURIComponent(process)}` : ''}`);
  return (
    <section class="contacts">
      {!process && <h1>Contacts</h1>}
      <Status state={view}>{(v) => v.contacts.length === 0 ? <p>No contacts reported.</p> : (
        <div class="contacts-split">
          <div>
            <Graph view={v} />
            <Legend contacts={v.contacts} />
          </div>
          <ContactTable contacts={v.contacts} process={process} />
        </div>
      )}</Status>
    </section>
  );
}

function Legend({ contacts }: { contacts: Contact[] }) {
  const modes = [...new Set(contacts.filter((c) => kindOf(c) === 'held').map(modeOf))];
  return (
    <p class="legend graph-legend" aria-label="legend">
      {modes.map((m) => <span class="key"><i class={`line mode-${MODE_COLOURS[m] ? m : 'unspecified'}`} />{m}</span>)}
      <span class="key"><i class="line planned" />planned only</span>
      <span class="key"><i class="line denied" />no contact claimed</span>
      <span class="hint">width: number of contacts · boxes: one country each · the {GRAPH_NODES} most connected are drawn, the table lists every pair</span>
    </p>
  );
}

function ContactTable({ contacts, process }: { contacts: Contact[]; process?: string }) {
  return (
    <div class="contact-table">
      <p class="list-head"><span>{contacts.length} pairs</span><Downloads kind="contacts" params={{ process }} formats={['csv', 'jsonl']} /></p>
      <table>
        <thead><tr><th>Between</th><th>Held</th><th>Mode</th><th>Last</th><th>Planned</th><th>No-contact claims</th></tr></thead>
        <tbody>{contacts.map((c) => (
          <tr class={`contact-${kindOf(c)}`}>
            <td><a href={href(['timeline'], { actor: c.a, process })}>{c.a}</a> – <a href={href(['timeline'], { actor: c.b, process })}>{c.b}</a></td>
            <td>{c.meetings + c.calls || '—'}</td><td>{c.meetings + c.calls ? modeOf(c) : '—'}</td>
            <td>{c.last && c.events.length ? <a href={href(['timeline'], { open: c.events[c.events.length - 1] })}>{c.last}</a> : c.last ?? '—'}</td>
            <td>{c.planned.length ? <a href={href(['timeline'], { open: c.planned[0] })}>{c.planned.length}</a> : '—'}</td>
            <td class="claims-cell" title={c.claims.join('\n')}>{c.claims.length ? clip(c.claims[0]) + (c.claims.length > 1 ? ` (+${c.claims.length - 1})` : '') : '—'}</td>
          </tr>
        ))}</tbody>
      </table>
    </div>
  );
}

const clip = (s: string) => (s.length > MAX_CLAIM ? s.slice(0, s.lastIndexOf(' ', MAX_CLAIM - 1)) + '…' : s);

/**
 * Where each node goes: one column per side (country), its members stacked one row apart, labels to the right. Rows
 * and columns are wider than a label, so no two labels can overlap whatever the data.
 */
export function sideLayout(names: string[], sideOf: (n: string) => string, degree: (n: string) => number): Map<string, { x: number; y: number }> {
  const groups = new Map<string, string[]>();
  for (const n of [...names].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b))) (groups.get(sideOf(n)) ?? groups.set(sideOf(n), []).get(sideOf(n))!).push(n);
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const columns = Math.min(4, ordered.length);
  const heights = new Array(columns).fill(0);
  const out = new Map<string, { x: number; y: number }>();
  for (const [, members] of ordered) {
    const col = heights.indexOf(Math.min(...heights));
    members.forEach((n, i) => out.set(n, { x: col * 200, y: heights[col] + i * 28 }));
    heights[col] += members.length * 28 + 50;
  }
  return out;
}

function Graph({ view }: { view: ContactsView }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | undefined;
    import('cytoscape').then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return;
      const { people } = view;
      const degree = (n: string) => view.contacts.filter((c) => c.a === n || c.b === n).reduce((t, c) => t + c.meetings + c.calls + c.planned.length + c.claims.length, 0);
      const shown = new Set([...new Set(view.contacts.flatMap((c) => [c.a, c.b]))].sort((a, b) => degree(b) - degree(a)).slice(0, GRAPH_NODES));
      const contacts = view.contacts.filter((c) => shown.has(c.a) && shown.has(c.b));
      const names = [...shown];
      const sideOf = (n: string) => people[n]?.country ?? 'other';
      const at = sideLayout(names, sideOf, degree);
      const sides = [...new Set(names.map(sideOf))];
      cy = cytoscape({
        container: box.current,
        elements: [
          ...sides.map((s) => ({ data: { id: `side:${s}`, label: s === 'other' ? 'no country' : s }, classes: 'side' })),
          ...names.map((n) => ({ data: { id: n, label: n, degree: degree(n), parent: `side:${sideOf(n)}` }, position: at.get(n), classes: people[n]?.kind ?? '' })),
          ...contacts.map((c, i) => ({
            data: { id: `c${i}`, source: c.a, target: c.b, weight: Math.max(1, c.meetings + c.calls), colour: colour(modeOf(c)) },
            classes: kindOf(c),
          })),
        ],
        style: [
          {
            selector: 'node', style: {
              label: 'data(label)', 'background-color': '#1f6feb',
              color: '#1d2330', 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
              'text-background-padding': '1px', 'text-wrap': 'ellipsis', 'text-max-width': '130px', 'font-size': 13,
            },
          },
          // Only people and states have a degree; a country's box (a parent node) has none to map.
          { selector: 'node[degree]', style: { width: 'mapData(degree, 1, 20, 10, 28)', height: 'mapData(degree, 1, 20, 10, 28)' } },
          { selector: 'node.state', style: { shape: 'round-rectangle', 'background-color': '#8c959f' } },
          {
            selector: 'node.side', style: {
              'background-color': '#f6f8fa', 'background-opacity': 1, 'border-color': '#d8dee6', 'border-width': 1, shape: 'round-rectangle',
              'text-valign': 'top', 'text-halign': 'center', 'font-size': 11, color: '#5b6472', padding: '8px', 'text-background-opacity': 0,
            },
          },
          { selector: 'edge', style: { width: 'mapData(weight, 1, 8, 1.5, 8)', 'line-color': 'data(colour)', opacity: 0.7, 'curve-style': 'unbundled-bezier', 'control-point-distances': [30], 'control-point-weights': [0.5] } },
          { selector: 'edge.planned', style: { 'line-style': 'dashed', 'line-color': '#8c959f', width: 1.5, opacity: 0.9 } },
          { selector: 'edge.denied', style: { 'line-style': 'dotted', 'line-color': '#d1242f', width: 2 } },
        ],
        layout: { name: 'preset', padding: 24 },
        // The default wheel speed: a custom one zooms unevenly across mice (cytoscape warns on the console about it).
        minZoom: 0.3, maxZoom: 3,
      });
    });
    return () => { destroyed = true; cy?.destroy(); };
  }, [view]);
  return <div class="graph" ref={box} role="img" aria-label="contact graph: people and states grouped by country; edges are contacts, width by count, colour by mode; dashed planned, dotted red denied; the table beside it lists the same pairs" />;
}

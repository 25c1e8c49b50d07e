// Who met or called whom: a graph (cytoscape, loaded only on this page) and the same data as a table.
import { useEffect, useRef } from 'preact/hooks';
import { useApi, type ContactView } from '../api';
import { Status } from './Status';

export function Contacts() {
  const contacts = useApi<ContactView[]>('/api/contacts');
  return (
    <section class="contacts">
      <h1>Contacts</h1>
      <Status state={contacts}>{(list) => (
        <>
          <Graph contacts={list} />
          <table>
            <thead><tr><th>Between</th><th>Meetings</th><th>Calls</th><th>First</th><th>Last</th><th>Planned</th><th>No-contact claims</th></tr></thead>
            <tbody>{list.map((c) => (
              <tr><td>{c.a} – {c.b}</td><td>{c.meetings}</td><td>{c.calls}</td><td>{c.first ?? '—'}</td><td>{c.last ?? '—'}</td>
                <td>{c.planned.length}</td><td>{c.claims.join(' | ') || '—'}</td></tr>
            ))}</tbody>
          </table>
        </>
      )}</Status>
    </section>
  );
}

function Graph({ contacts }: { contacts: ContactView[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | undefined;
    import('cytoscape').then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return;
      const names = [...new Set(contacts.flatMap((c) => [c.a, c.b]))];
      cy = cytoscape({
        container: box.current,
        elements: [
          ...names.map((n) => ({ data: { id: n, label: n, degree: contacts.filter((c) => c.a === n || c.b === n).length } })),
          ...contacts.map((c, i) => ({
            data: { id: `c${i}`, source: c.a, target: c.b, weight: c.meetings + c.calls, label: `${c.meetings + c.calls || ''}` },
            classes: c.meetings + c.calls ? 'met' : 'planned',
          })),
        ],
        style: [
          {
            selector: 'node', style: {
              label: 'data(label)', 'font-size': 14, 'background-color': '#1f6feb', width: 'mapData(degree, 1, 12, 10, 26)', height: 'mapData(degree, 1, 12, 10, 26)',
              color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': '1px',
            },
          },
          { selector: 'edge', style: { width: 'mapData(weight, 0, 6, 1, 7)', 'line-color': '#8c959f', opacity: 0.8, 'curve-style': 'haystack' } },
          { selector: 'edge.planned', style: { 'line-style': 'dashed', 'line-color': '#c4cbd4', width: 1 } },
        ],
        // Strong repulsion and long ideal edges: contact graphs have a dense core of leaders and envoys.
        layout: { name: 'cose', animate: false, padding: 24, nodeRepulsion: () => 120000, idealEdgeLength: () => 60, gravity: 0.6, numIter: 2000, componentSpacing: 40, nodeDimensionsIncludeLabels: true, boundingBox: { x1: 0, y1: 0, w: box.current.clientWidth, h: box.current.clientHeight } },
      });
    });
    return () => { destroyed = true; cy?.destroy(); };
  }, [contacts]);
  return <div class="graph" ref={box} aria-label="contact graph: people and states, edges are meetings and calls; dashed only planned" />;
}

// Where the reports disagree: each side with its value, who said it, the outlet and the evidence.
import { useApi, type DisputeView } from '../api';
import { docHref, outletName } from '../format';
import { Status } from './Status';

export function Disputes() {
  const disputes = useApi<DisputeView[]>('/api/disputes');
  return (
    <section class="disputes">
      <h1>Disputes</h1>
      <Status state={disputes}>{(list) => list.length === 0 ? <p>The reports agree on everything they share.</p> : list.map((d) => (
        <article class="dispute">
          <h2>{d.subject} <span class="badge">{d.kind}</span></h2>
          <table>
            <thead><tr><th>Value</th><th>Said by</th><th>Report</th><th>Evidence</th></tr></thead>
            <tbody>{d.values.map((v) => (
              <tr><td>{String(v.value)}</td><td>{v.speaker ?? '—'}</td><td><a href={docHref(v.report)}>{outletName(v.outlet)}</a></td><td class="evidence-cell">{v.evidence}</td></tr>
            ))}</tbody>
          </table>
        </article>
      ))}</Status>
    </section>
  );
}

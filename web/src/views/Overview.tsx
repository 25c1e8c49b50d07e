// The overview: every process with its status at a glance (each links to its page), then the "% agreed" claims over
// time per speaker and the plan sizes reported.
import { useApi, type ClaimView, type Meta } from '../api';
import { contactText, type Brief, type TimelineEntry } from '../brief';
import { docHref, outletName } from '../format';
import { href } from '../route';
import { AgreementChart } from './AgreementChart';
import { Status } from './Status';

export function Overview() {
  const meta = useApi<Meta>('/api/meta');
  // Every process at a glance, in one request: the server summarises the briefs it computes together. Asked for at
  // once, not after the meta (a server without a brief says so there); the claims below wait for it, so the server
  // answers the first screen before it reads every claim of the store.
  const briefs = useApi<ProcessSummary[]>(meta.data && !meta.data.brief ? null : '/api/view/processes');
  const listed = briefs.data !== undefined || !!briefs.error || (!!meta.data && !meta.data.brief);
  const agreement = useApi<ClaimOverview>(listed ? '/api/view/claims?kind=agreement-percent' : null);
  const plans = useApi<ClaimOverview>(listed ? '/api/view/claims?kind=plan-points' : null);
  return (
    <section class="overview">
      <h1>Overview</h1>
      <h2>Processes</h2>
      {meta.data && !meta.data.brief
        ? <p class="hint">The process brief is not available on this server.</p>
        : <Status state={briefs}>{(list) => list.length ? <ProcessTable list={list} /> : <p>No negotiation process found yet.</p>}</Status>}
      <div class="overview-top">
        <div>
          <h2>“% agreed” over time, by speaker</h2>
          <Status state={agreement}>{(o) => <><AgreementChart claims={o.series} /><ClaimTable o={o} unit="%" /></>}</Status>
        </div>
        <div>
          <h2>Plans reported</h2>
          <Status state={plans}>{(o) => <ClaimTable o={o} unit=" points" />}</Status>
        </div>
      </div>
    </section>
  );
}

interface ProcessSummary { process: Brief['process']; status: Brief['status']; next: TimelineEntry | null; events: number; reports: number }

function ProcessTable({ list }: { list: ProcessSummary[] }) {
  return (
    <div class="table-scroll">
      <table class="process-list">
        <thead><tr><th>Process</th><th>Last direct contact</th><th>Next scheduled</th><th>Current plan</th><th>Events</th><th>Reports</th><th>As of</th></tr></thead>
        <tbody>{list.map((b) => {
          const next = b.next;
          const quiet = b.status.daysSinceDirectContact !== null && b.status.daysSinceDirectContact > 30;
          return (
            <tr data-process={b.process.id}>
              <td><a href={href(['process', b.process.id])}><strong>{b.process.name}</strong></a>
                <div class="facts">{b.process.mediators.length ? `mediators: ${b.process.mediators.map((m) => m.name).join(', ')}` : 'no mediator named'}</div></td>
              <td class={quiet ? 'quiet' : ''}>{contactText(b.status.lastDirectContact)}{b.status.daysSinceDirectContact !== null && <div class="facts">{b.status.daysSinceDirectContact} days ago</div>}</td>
              <td>{next ? <a href={href(['process', b.process.id], { open: next.id })}>{next.date}: {next.event}{next.mode ? ` (${next.mode})` : ''}</a> : '—'}</td>
              <td>{b.status.currentPlan ? `${b.status.currentPlan.points} points${b.status.currentPlan.date ? ` (${b.status.currentPlan.date})` : ''}` : '—'}</td>
              <td>{b.events}</td><td>{b.reports}</td><td>{b.status.asOf ?? '—'}</td>
            </tr>
          );
        })}</tbody>
      </table>
    </div>
  );
}

/** The newest claims (the server sends the newest 12), each speaker's highest per day for the chart, and how many. */
interface ClaimOverview { total: number; newest: ClaimView[]; series: Pick<ClaimView, 'speaker' | 'date' | 'value'>[] }

function ClaimTable({ o, unit }: { o: ClaimOverview; unit: string }) {
  if (!o.total) return <p class="hint">None reported.</p>;
  const claims = o.newest;
  return (
    <div class="table-scroll"><table class="claims">
      <thead><tr><th>Date</th><th>Value</th><th>Speaker</th><th>About</th><th>Report</th></tr></thead>
      <tbody>{claims.map((c) => (
        <tr>
          <td>{c.date ?? '—'}</td><td>{c.approx ? '~' : ''}{c.value}{unit}</td><td>{c.speaker ?? '—'}</td>
          <td title={c.evidence}>{c.about ?? '—'}</td>
          <td><a href={docHref(c.report)}>{outletName(c.outlet)}</a></td>
        </tr>
      ))}</tbody>
      {o.total > claims.length && <caption class="hint">the newest {claims.length} of {o.total}</caption>}
    </table></div>
  );
}

// The overview: the processes the brief finds (with status and plan/issue tables when the brief is available), the
// "% agreed" claims over time per speaker, and the plan sizes reported.
import { useApi, type ClaimView, type Meta } from '../api';
import { docHref, outletName } from '../format';
import { AgreementChart } from './AgreementChart';
import { Status } from './Status';

interface Side { key: string; name: string }
interface Process { id: string; name: string; parties: Side[]; mediators: Side[]; origin: string; score: number }
interface Evidence { outlet: string; report: string; date: string | null; quote: string }
interface ContactLine { between: [string, string]; date: string | null; mode: string | null; who: string[] }
interface Brief {
  process: Process;
  status: { asOf: string | null; lastLeaderContact: ContactLine | null; lastDirectContact: ContactLine | null; daysSinceDirectContact: number | null; currentPlan: { points: number; date: string | null } | null };
  plan: { issues: { issue: string; status: string; mentions: number }[]; points: { id: string; text: string; label: string; evidence: Evidence[] }[]; pointsAgreedPercent: number | null };
}

export function Overview() {
  const meta = useApi<Meta>('/api/meta');
  // One request for every process's brief: the server computes them together, much faster than one per process.
  const briefs = useApi<Brief[]>(meta.data?.brief ? '/api/brief' : null);
  const agreement = useApi<ClaimView[]>('/api/claims?kind=agreement-percent');
  const plans = useApi<ClaimView[]>('/api/claims?kind=plan-points');
  return (
    <section class="overview">
      <h1>Overview</h1>
      <div class="overview-top">
        <div>
          <h2>“% agreed” over time, by speaker</h2>
          <Status state={agreement}>{(claims) => (
            <>
              <AgreementChart claims={claims} />
              <ClaimTable claims={claims} unit="%" />
            </>
          )}</Status>
        </div>
        <div>
          <h2>Plans reported</h2>
          <Status state={plans}>{(claims) => <ClaimTable claims={claims} unit=" points" />}</Status>
        </div>
      </div>
      <h2>Processes</h2>
      {meta.data && !meta.data.brief
        ? <p class="hint">The process brief is not available on this server.</p>
        : <Status state={briefs}>{(list) => list.length
          ? <div class="processes">{list.map((b) => <ProcessCard b={b} />)}</div>
          : <p>No negotiation process found yet.</p>}</Status>}
    </section>
  );
}

function ProcessCard({ b }: { b: Brief }) {
  const p = b.process;
  return (
    <article class="process">
      <h3>{p.name}</h3>
      <p class="facts">
        Parties: {p.parties.map((s) => s.name).join(', ') || '—'} · Mediators: {p.mediators.map((s) => s.name).join(', ') || '—'} · {p.origin}
      </p>
      <BriefStatus b={b} />
    </article>
  );
}

function BriefStatus({ b }: { b: Brief }) {
  const s = b.status;
  const contact = (c: ContactLine | null) => (c ? `${c.date ?? 'undated'}${c.mode ? ` (${c.mode})` : ''}: ${c.who.join(', ') || c.between.join(' – ')}` : '—');
  return (
    <>
      <dl class="status">
        <dt>As of</dt><dd>{s.asOf ?? '—'}</dd>
        <dt>Last leader contact</dt><dd>{contact(s.lastLeaderContact)}</dd>
        <dt>Last direct contact</dt><dd>{contact(s.lastDirectContact)}{s.daysSinceDirectContact !== null ? ` (${s.daysSinceDirectContact} days ago)` : ''}</dd>
        <dt>Current plan</dt><dd>{s.currentPlan ? `${s.currentPlan.points} points${s.currentPlan.date ? ` (${s.currentPlan.date})` : ''}` : '—'}</dd>
        {b.plan.pointsAgreedPercent !== null && <><dt>Points agreed</dt><dd>{b.plan.pointsAgreedPercent}%</dd></>}
      </dl>
      {b.plan.issues.length > 0 && <IssueTable issues={b.plan.issues} />}
      {b.plan.points.length > 0 && (
        <table class="points">
          <thead><tr><th>Plan point</th><th>Status</th><th>Evidence</th></tr></thead>
          <tbody>{b.plan.points.map((p) => <tr><td>{p.text}</td><td>{p.label}</td><td>{p.evidence.length}</td></tr>)}</tbody>
        </table>
      )}
    </>
  );
}

const SHOWN_ISSUES = 6;

function IssueTable({ issues }: { issues: Brief['plan']['issues'] }) {
  const row = (i: Brief['plan']['issues'][number]) => <tr class={`issue-${i.status}`}><td>{i.issue}</td><td>{i.status}</td><td>{i.mentions}</td></tr>;
  return (
    <>
      <table class="issues">
        <thead><tr><th>Issue</th><th>Status</th><th>Mentions</th></tr></thead>
        <tbody>{issues.slice(0, SHOWN_ISSUES).map(row)}</tbody>
      </table>
      {issues.length > SHOWN_ISSUES && (
        <details>
          <summary>{issues.length - SHOWN_ISSUES} more issues</summary>
          <table class="issues"><tbody>{issues.slice(SHOWN_ISSUES).map(row)}</tbody></table>
        </details>
      )}
    </>
  );
}

function ClaimTable({ claims, unit }: { claims: ClaimView[]; unit: string }) {
  if (!claims.length) return <p class="hint">None reported.</p>;
  return (
    <table class="claims">
      <thead><tr><th>Date</th><th>Value</th><th>Speaker</th><th>About</th><th>Report</th></tr></thead>
      <tbody>{claims.map((c) => (
        <tr>
          <td>{c.date ?? '—'}</td><td>{c.approx ? '~' : ''}{c.value}{unit}</td><td>{c.speaker ?? '—'}</td>
          <td title={c.evidence}>{c.about ?? '—'}</td>
          <td><a href={docHref(c.report)}>{outletName(c.outlet)}</a></td>
        </tr>
      ))}</tbody>
    </table>
  );
}

// The overview: the processes the brief finds (with status and plan/issue tables when the brief is available), the
// "% agreed" claims over time per speaker, and the plan sizes reported.
import { useApi, type ApiError, type ClaimView, type Meta } from '../api';
import { docHref, outletName } from '../format';
import { AgreementChart } from './AgreementChart';
import { Status } from './Status';

interface Side { key: string; name: string }
interface Process { id: string; name: string; parties: Side[]; mediators: Side[]; origin: string; score: number }
interface Evidence { outlet: string; report: string; date: string | null; quote: string }
interface ContactLine { between: [string, string]; date: string | null; mode: string | null; who: string[] }
interface Brief {
  status: { asOf: string | null; lastLeaderContact: ContactLine | null; lastDirectContact: ContactLine | null; daysSinceDirectContact: number | null; currentPlan: { points: number; date: string | null } | null };
  plan: { issues: { issue: string; status: string; mentions: number }[]; points: { id: string; text: string; label: string; evidence: Evidence[] }[]; pointsAgreedPercent: number | null };
}

export function Overview() {
  const meta = useApi<Meta>('/api/meta');
  const processes = useApi<Process[]>(meta.data?.brief ? '/api/processes' : null);
  const agreement = useApi<ClaimView[]>('/api/claims?kind=agreement-percent');
  const plans = useApi<ClaimView[]>('/api/claims?kind=plan-points');
  return (
    <section class="overview">
      <h1>Overview</h1>
      <h2>Processes</h2>
      {meta.data && !meta.data.brief
        ? <p class="hint">The process brief is not available on this server.</p>
        : <Status state={processes}>{(list) => list.length ? list.map((p) => <ProcessCard p={p} />) : <p>No negotiation process found yet.</p>}</Status>}
      <h2>“% agreed” over time, by speaker</h2>
      <Status state={agreement}>{(claims) => (
        <>
          <AgreementChart claims={claims} />
          <ClaimTable claims={claims} unit="%" />
        </>
      )}</Status>
      <h2>Plans reported</h2>
      <Status state={plans}>{(claims) => <ClaimTable claims={claims} unit=" points" />}</Status>
    </section>
  );
}

function ProcessCard({ p }: { p: Process }) {
  const briefs = useApi<Brief[]>(`/api/brief?process=${encodeURIComponent(p.id)}`);
  return (
    <article class="process">
      <h3>{p.name}</h3>
      <p class="facts">
        Parties: {p.parties.map((s) => s.name).join(', ') || '—'} · Mediators: {p.mediators.map((s) => s.name).join(', ') || '—'} · {p.origin}
      </p>
      {briefs.error ? <p class="error">{(briefs.error as ApiError).message}</p> : briefs.data?.[0] && <BriefStatus b={briefs.data[0]} />}
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
      {b.plan.issues.length > 0 && (
        <table class="issues">
          <thead><tr><th>Issue</th><th>Status</th><th>Mentions</th></tr></thead>
          <tbody>{b.plan.issues.map((i) => <tr class={`issue-${i.status}`}><td>{i.issue}</td><td>{i.status}</td><td>{i.mentions}</td></tr>)}</tbody>
        </table>
      )}
      {b.plan.points.length > 0 && (
        <table class="points">
          <thead><tr><th>Plan point</th><th>Status</th><th>Evidence</th></tr></thead>
          <tbody>{b.plan.points.map((p) => <tr><td>{p.text}</td><td>{p.label}</td><td>{p.evidence.length}</td></tr>)}</tbody>
        </table>
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

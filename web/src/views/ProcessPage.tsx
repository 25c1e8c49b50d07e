// A page per process, from its brief: status at a glance, then tabs (links, so each is shareable) for the timeline
// tracker, contacts, plan and issues, positions, quotes, disputes and sources of this process only.
import type { ComponentChildren } from 'preact';
import { useApi } from '../api';
import { contactText, nextScheduled, type Brief, type Evidence } from '../brief';
import { docHref } from '../format';
import { href, type Filters } from '../route';
import { Contacts } from './Contacts';
import { Disputes } from './Disputes';
import { Downloads } from './Downloads';
import { Quotes } from './Quotes';
import { Status } from './Status';
import { Tracker } from './Tracker';

const TABS = [['timeline', 'Timeline'], ['contacts', 'Contacts'], ['plan', 'Plan and issues'], ['positions', 'Positions'], ['quotes', 'Quotes'], ['disputes', 'Disputes'], ['sources', 'Sources']] as const;

export interface ProcessProps { id: string; tab: string; filters: Filters; page: number; open: number | null; by: 'category' | 'modality'; speaker: string }

export function ProcessPage({ id, tab, filters, page, open, by, speaker }: ProcessProps) {
  // The page's head of the brief: status, plan, positions and sources. The timeline, contacts, quotes and disputes
  // tabs read their own paged views by the process named in the URL, so they load beside the head, not after it.
  const brief = useApi<Brief[]>(`/api/view/process?process=${encodeURIComponent(id)}`);
  const base = ['process', id];
  const fromHead = (body: (b: Brief) => ComponentChildren) => <Status state={brief}>{([b]) => body(b)}</Status>;
  return (
    <section class="process-page">
      {fromHead((b) => <ProcessHead b={b} base={base} />)}
      {!brief.error && <>
        <nav class="tabs" aria-label="process sections">{TABS.map(([t, label]) => (
          <a href={href(base, { tab: t === 'timeline' ? null : t })} aria-current={tab === t ? 'page' : undefined}>{label}</a>
        ))}</nav>
        {tab === 'timeline' && <Tracker base={base} filters={{ ...filters, process: id }} page={page} open={open} by={by} />}
        {tab === 'contacts' && <Contacts process={id} />}
        {tab === 'plan' && fromHead((b) => <Plan b={b} />)}
        {tab === 'positions' && fromHead((b) => <Positions b={b} />)}
        {tab === 'quotes' && <Quotes speaker={speaker} process={id} page={page} base={base} />}
        {tab === 'disputes' && <Disputes process={id} page={page} base={base} />}
        {tab === 'sources' && fromHead((b) => <Sources b={b} />)}
      </>}
    </section>
  );
}

function ProcessHead({ b, base }: { b: Brief; base: string[] }) {
  const s = b.status;
  const next = nextScheduled(b);
  return (
    <>
      <header class="process-head">
        <h1>{b.process.name}</h1>
        <Downloads kind="brief" params={{ process: b.process.id }} formats={['md', 'json']} />
      </header>
      <p class="facts">Parties: {b.process.parties.map((p) => p.name).join(', ')} · Mediators: {b.process.mediators.map((m) => m.name).join(', ') || 'none named'}</p>
      <dl class="status glance">
        <div><dt>As of</dt><dd>{s.asOf ?? '—'}</dd></div>
        <div><dt>Last direct contact</dt><dd>{contactText(s.lastDirectContact)}{s.daysSinceDirectContact !== null ? ` · ${s.daysSinceDirectContact} days ago` : ''}</dd></div>
        <div><dt>Last leader contact</dt><dd>{contactText(s.lastLeaderContact)}</dd></div>
        <div><dt>Next scheduled</dt><dd>{next ? <a href={href(base, { open: next.id })}>{next.date}: {next.event}{next.mode ? ` (${next.mode})` : ''} {[...next.actor, ...next.recipient].join(', ')}</a> : 'none announced'}</dd></div>
        <div><dt>Current plan</dt><dd>{s.currentPlan ? `${s.currentPlan.points} points${s.currentPlan.date ? ` (${s.currentPlan.date})` : ''}` : '—'}</dd></div>
        {s.agreementClaims.length > 0 && <div><dt>“% agreed”</dt><dd>{s.agreementClaims.map((c) => `${c.percent}% (${c.speaker ?? 'unattributed'}, ${c.date ?? 'undated'})`).join('; ')}</dd></div>}
        {s.noContactSince.map((n) => <div><dt>No contact since</dt><dd>{n.since} ({n.who.join(', ')})</dd></div>)}
      </dl>
    </>
  );
}

const Cite = ({ e }: { e: Evidence }) => <a class="cite" href={docHref(e.report)} title={e.quote}>{e.outlet}{e.date ? `, ${e.date}` : ''}</a>;

function Plan({ b }: { b: Brief }) {
  const p = b.plan;
  return (
    <div class="plan">
      <h2>Plan versions</h2>
      {p.versions.length ? <table><thead><tr><th>Points</th><th>First</th><th>Last</th><th>Reports</th><th>Source</th></tr></thead>
        <tbody>{p.versions.map((v) => <tr><td>{v.points}</td><td>{v.first ?? '—'}</td><td>{v.last ?? '—'}</td><td>{v.reports}</td><td>{v.evidence[0] && <Cite e={v.evidence[0]} />}</td></tr>)}</tbody></table>
        : <p class="hint">No plan size reported.</p>}
      <h2>Issues</h2>
      {p.issues.length ? <table class="issues"><thead><tr><th>Issue</th><th>Status</th><th>Mentions</th><th>Evidence</th></tr></thead>
        <tbody>{p.issues.map((i) => {
          // The status sentence, or (no status stated) the newest sentence naming the issue; a brief saved by an older
          // version may lack `evidence`, so its first cue stands in.
          const e = i.evidence ?? i.cues[0]?.evidence;
          return <tr class={`issue-${i.status}`}><td>{i.issue}</td><td>{i.status}{i.cues.length ? '' : ', no status stated'}</td><td>{i.mentions}</td>
            <td>{e ? <>“{e.quote}” <Cite e={e} /></> : '—'}</td></tr>;
        })}</tbody></table>
        : <p class="hint">No issues found.</p>}
      {p.stickingPoints.length > 0 && <p><strong>Sticking points:</strong> {p.stickingPoints.join(', ')}</p>}
      {p.points.length > 0 && <>
        <h2>Plan points{p.pointsAgreedPercent !== null ? ` (${p.pointsAgreedPercent}% agreed)` : ''}</h2>
        <table><thead><tr><th>Point</th><th>Status</th><th>Evidence</th></tr></thead>
          <tbody>{p.points.map((x) => <tr><td>{x.text}</td><td>{x.label}</td><td>{x.evidence.slice(0, 2).map((e) => <Cite e={e} />)}</td></tr>)}</tbody></table>
      </>}
    </div>
  );
}

function Positions({ b }: { b: Brief }) {
  if (!b.positions.length) return <p class="hint">No positions found.</p>;
  return (
    <div class="positions">{b.positions.map((p) => (
      <article>
        <h2>{p.party}</h2>
        {p.issues.map((i) => (
          <div class="position">
            <h3>{i.issue}</h3>
            <ul>
              {i.acts.map((a) => <li>{a.act} <span class="badge">{a.modality}</span> {a.date ?? ''} {a.evidence[0] && <Cite e={a.evidence[0]} />}</li>)}
              {i.quotes.map((q) => <li class="quote-line"><strong>{q.speaker}:</strong> “{q.evidence.quote}” <Cite e={q.evidence} /></li>)}
            </ul>
          </div>
        ))}
      </article>
    ))}</div>
  );
}

function Sources({ b }: { b: Brief }) {
  const s = b.sourcing;
  return (
    <div class="sources">
      <p>{s.reports} reports from {s.outlets.length} outlets · {s.quotes} quotes{s.anonymousShare !== null ? `, ${Math.round(s.anonymousShare * 100)}% anonymous` : ''}</p>
      <table><thead><tr><th>Outlet</th><th>Reports</th></tr></thead>
        <tbody>{s.outlets.map((o) => <tr><td>{o.outlet}</td><td>{o.reports}</td></tr>)}</tbody></table>
    </div>
  );
}

// Where the reports disagree, a page at a time: how many reports give each value, then a few sides of each value in
// their sentence, who said it, and links to the event and the report.
import type { EventContext } from '../api';
import { docHref } from '../format';
import { useHeadFirst } from '../head-first';
import { apiQuery, href } from '../route';
import { Context } from './Context';
import { Downloads } from './Downloads';
import { Status } from './Status';
import { Pager, PAGE } from './Tracker';

interface Side { value: string | number; speaker: string | null; outlet: string; report: string; headline: string; evidence: string; context: EventContext | null }
interface Dispute { kind: string; subject: string; event?: number; sides: number; tally: { value: string | number; reports: number }[]; values: Side[] }
interface DisputePage { total: number; disputes: Dispute[] }

// A claim's dispute is named by its kind already ("plan-points around …"); an event's by the event: only that one
// gets the kind as a badge.

/** Disputes a first screen shows (each lists up to six sides in their sentences); the rest of the page follows. */
const FIRST_SCREEN = 4;

export function Disputes({ process, page = 1, base = ['disputes'] }: { process?: string; page?: number; base?: string[] }) {
  const offset = (page - 1) * PAGE;
  const disputes = useHeadFirst<DisputePage, Dispute>((o, l) => `/api/view/disputes${apiQuery({ process, offset: o, limit: l })}`, offset, PAGE, FIRST_SCREEN, (p) => p.disputes);
  const link = (n: number) => href(base, { tab: base[0] === 'process' ? 'disputes' : null, page: n > 1 ? n : null });
  return (
    <section class="disputes">
      {!process && <h1>Disputes</h1>}
      <Status state={disputes}>{(p) => p.total === 0 ? <p>The reports agree on everything they share.</p> : (
        <>
          <p class="list-head"><span>Disputes {offset + 1}–{offset + p.rows.length} of {p.total}</span><Downloads kind="disputes" params={{ process }} formats={['csv', 'jsonl']} /></p>
          {p.rows.map((d) => (
            <article class="dispute">
              <h3>{d.event ? <a href={href(['timeline'], { open: d.event })}>{d.subject}</a> : d.subject}{!d.subject.startsWith(d.kind) && <> <span class="badge">{d.kind}</span></>}</h3>
              <p class="facts tally">{d.tally.map((t) => `${t.value}: ${t.reports} report${t.reports === 1 ? '' : 's'}`).join(' · ')}{d.sides > d.values.length ? ` — ${d.values.length} of ${d.sides} sides shown` : ''}</p>
              <ul class="sides">{d.values.map((v) => (
                <li>
                  <span class="value">{String(v.value)}</span>
                  <span class="said">{v.speaker ? `according to ${v.speaker}` : 'unattributed'}</span>
                  <p class="context"><Context context={v.context} fallback={v.evidence} /></p>
                  <footer><a href={docHref(v.report, d.event)}>{v.headline}</a> · {v.outlet}</footer>
                </li>
              ))}</ul>
            </article>
          ))}
          {p.complete ? <Pager total={p.total} page={page} link={link} /> : <p class="loading">Loading the rest of the page…</p>}
        </>
      )}</Status>
    </section>
  );
}

// Where the reports disagree: each side's figure in its sentence, who said it, and links to the event and the report.
import { useApi, type EventContext } from '../api';
import { docHref } from '../format';
import { href } from '../route';
import { Context } from './Context';
import { Downloads } from './Downloads';
import { Status } from './Status';

interface Side { value: string | number; speaker: string | null; outlet: string; report: string; headline: string; evidence: string; context: EventContext | null }
interface Dispute { kind: string; subject: string; event?: number; values: Side[] }

export function Disputes({ process }: { process?: string }) {
  const disputes = useApi<Dispute[]>(`/api/view/disputes${process ? `?process=${encodeURIComponent(process)}` : ''}`);
  return (
    <section class="disputes">
      {!process && <h1>Disputes</h1>}
      <Status state={disputes}>{(list) => list.length === 0 ? <p>The reports agree on everything they share.</p> : (
        <>
          <p class="list-head"><span>{list.length} disputes</span><Downloads kind="disputes" params={{ process }} formats={['csv', 'jsonl']} /></p>
          {list.map((d) => (
            <article class="dispute">
              <h3>{d.event ? <a href={href(['timeline'], { open: d.event })}>{d.subject}</a> : d.subject} <span class="badge">{d.kind}</span></h3>
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
        </>
      )}</Status>
    </section>
  );
}

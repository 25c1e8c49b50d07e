// "% agreed" over time, one line per speaker, drawn with uPlot (canvas; styles set through the DOM, allowed by our CSP).
import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { drawWhenLoaded } from './uplot';
import type { ClaimView } from '../api';

const COLOURS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7c86'];
const day = (d: string) => Date.parse(d.length === 7 ? `${d}-15` : d.length === 4 ? `${d}-07-01` : d) / 1000;

/** Claims with a date, as uPlot's aligned columns: shared x (time), one y series per speaker (null where silent). */
type Point = Pick<ClaimView, 'speaker' | 'date' | 'value'>;

export function agreementSeries(claims: Point[]): { speakers: string[]; data: (number | null)[][] } {
  const dated = claims.filter((c) => c.date && !Number.isNaN(day(c.date)));
  const speakers = [...new Set(dated.map((c) => c.speaker ?? 'unattributed'))].sort();
  const xs = [...new Set(dated.map((c) => day(c.date!)))].sort((a, b) => a - b);
  const ys = speakers.map((s) => xs.map((x) => {
    const hit = dated.filter((c) => (c.speaker ?? 'unattributed') === s && day(c.date!) === x);
    return hit.length ? Math.max(...hit.map((c) => c.value)) : null;
  }));
  return { speakers, data: [xs, ...ys] };
}

export function AgreementChart({ claims }: { claims: Point[] }) {
  const box = useRef<HTMLDivElement>(null);
  const { speakers, data } = agreementSeries(claims);
  useEffect(() => {
    if (!box.current || !data[0].length) return;
    const el = box.current;
    return drawWhenLoaded((UPlot) => new UPlot({
      width: Math.min(760, el.clientWidth || 760), height: 260,
      // A few days' margin either side, so claims made on one or two days still spread over a readable axis.
      scales: { x: { time: true, range: (_u, min, max) => [min - 4 * 86400, max + 4 * 86400] }, y: { range: [0, 100] } },
      axes: [{}, { label: '% agreed', values: (_u, vals) => vals.map((v) => `${v}%`) }],
      series: [{ label: 'date' }, ...speakers.map((s, i) => ({
        label: s, stroke: COLOURS[i % COLOURS.length], width: 2, spanGaps: true,
        points: { show: true, size: 9 }, value: (_u: uPlot, v: number | null) => (v === null ? '–' : `${v}%`),
      }))],
    }, data as uPlot.AlignedData, el));
  }, [JSON.stringify(data)]);
  if (!data[0].length) return <p class="hint">No dated "% agreed" claims yet.</p>;
  return <div class="chart" ref={box} />;
}

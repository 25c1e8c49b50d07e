// Events per week, stacked by category or modality (uPlot bars). Dragging across the chart is the brush: it sets the
// date range of the list below through the URL, so the range is shareable and back undoes it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { weekFocus } from '../week-focus';
import { drawWhenLoaded } from './uplot';

export interface WeekCount { week: string; key: string; n: number }

const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7c86', '#6e7781', '#fb8500', '#3a86ff', '#8ac926', '#ff595e', '#6a4c93', '#1982c4', '#ffca3a', '#52796f'];
export const colourOf = (keys: string[], key: string) => PALETTE[keys.indexOf(key) % PALETTE.length];
const DAY = 86_400;
const toSec = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;
export const toDay = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 10);

/** Weeks as uPlot columns: x = Monday, then one cumulative column per key (so bars stack), largest keys first. */
export function stackWeeks(rows: WeekCount[]): { keys: string[]; data: number[][]; raw: number[][] } {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.key, (totals.get(r.key) ?? 0) + r.n);
  const keys = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const weeks = [...new Set(rows.map((r) => r.week))].sort();
  const at = new Map(rows.map((r) => [`${r.week}|${r.key}`, r.n]));
  const raw = keys.map((k) => weeks.map((w) => at.get(`${w}|${k}`) ?? 0));
  const data = raw.map((_, i) => weeks.map((_w, j) => raw.slice(i).reduce((s, col) => s + col[j], 0)));
  return { keys, data: [weeks.map(toSec), ...data], raw };
}

export function WeekChart({ rows, onRange, label, keyLink }: { rows: WeekCount[]; onRange: (since: string, until: string) => void; label: string; keyLink: (key: string) => string }) {
  const box = useRef<HTMLDivElement>(null);
  const [whole, setWhole] = useState(false);
  const focus = weekFocus(rows);
  const shown = whole || !focus.from ? rows : rows.filter((r) => r.week >= focus.from!);
  const { keys, data, raw } = stackWeeks(shown);
  useEffect(() => {
    if (!box.current || !data[0].length) return;
    const el = box.current;
    return drawWhenLoaded((UPlot) => {
      const bars = UPlot.paths.bars!({ size: [0.9, 40], align: 1 });
      return new UPlot({
        width: Math.max(320, el.clientWidth || 900), height: 200,
        cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
        select: { show: true, left: 0, top: 0, width: 0, height: 0 },
        legend: { show: false },
        // Bars stand on zero: a count axis that starts higher would shrink the small weeks out of sight.
        scales: { x: { time: true, range: (_u, min, max) => [min - 4 * DAY, max + 11 * DAY] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.08] } },
        axes: [{}, { label: 'events / week', size: 50 }],
        series: [{}, ...keys.map((k) => ({ label: k, fill: colourOf(keys, k), stroke: colourOf(keys, k), width: 0, paths: bars, points: { show: false } }))],
        hooks: {
          setSelect: [(u: uPlot) => {
            if (u.select.width < 4) return;
            const from = u.posToVal(u.select.left, 'x');
            const to = u.posToVal(u.select.left + u.select.width, 'x');
            // Whole weeks: from the Monday the brush starts in to the Sunday it ends in.
            const monday = (s: number) => s - (((new Date(s * 1000).getUTCDay() + 6) % 7) * DAY);
            onRange(toDay(monday(from)), toDay(monday(to) + 6 * DAY));
            u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
          }],
        },
      }, data as uPlot.AlignedData, el);
    });
  }, [JSON.stringify(shown)]);
  if (!data[0].length) return <p class="hint">No day-dated events to chart.</p>;
  return (
    <figure class="weeks">
      <div class="chart" ref={box} role="img" aria-label={`${label}; drag across it to choose a date range`} />
      <figcaption class="legend">{keys.map((k, i) => (
        <a class="key" href={keyLink(k)}><i class={`swatch c${PALETTE.indexOf(colourOf(keys, k))}`} />{k} {raw[i].reduce((a, b) => a + b, 0)}</a>
      ))}<span class="hint"> · drag across the chart to set the date range</span>
        {focus.from && (whole
          ? <button type="button" class="link" onClick={() => setWhole(false)}>start the axis at {focus.from}</button>
          : <span class="hint stray">{focus.hidden} earlier event{focus.hidden === 1 ? '' : 's'} (from {focus.hiddenFrom}) left off the axis · <button type="button" class="link" onClick={() => setWhole(true)}>show all weeks</button></span>)}
      </figcaption>
    </figure>
  );
}

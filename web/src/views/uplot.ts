// uPlot (the charts' library) is loaded when a chart is first drawn, after the page's list: the dashboard's own code
// then parses and runs without it, and a page whose first screen is a list shows it sooner.
import type uPlot from 'uplot';

let loading: Promise<typeof uPlot> | null = null;

function loadUPlot(): Promise<typeof uPlot> {
  return (loading ??= import('uplot').then((m) => m.default, (e) => { loading = null; throw e; }));
}

/** Draws a chart once uPlot is loaded, unless cleaned up before; the cleanup returned (for useEffect) destroys it. */
export function drawWhenLoaded(draw: (UPlot: typeof uPlot) => uPlot): () => void {
  let plot: uPlot | undefined;
  let gone = false;
  loadUPlot().then((UPlot) => { if (!gone) plot = draw(UPlot); }, () => {});
  return () => { gone = true; plot?.destroy(); };
}

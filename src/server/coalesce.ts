// Work started by writes that only the latest state needs (warming the brief after a POST): run once after a quiet
// moment, never twice at the same time, and once more after a run if writes came in during it. A stream of POSTs
// then costs one run per burst instead of one per report, and a run queue can never grow.
export interface Coalesced { (): void; /** Resolves when no run is scheduled or running. */ idle(): Promise<void> }

export function coalesced(run: () => unknown, delayMs: number, deps: { setTimer?: (f: () => void, ms: number) => void } = {}): Coalesced {
  const setTimer = deps.setTimer ?? ((f, ms) => { setTimeout(f, ms).unref(); });
  let scheduled = false;
  let running: Promise<void> | null = null;
  let again = false;
  const waiters: (() => void)[] = [];
  const settle = () => { if (!scheduled && !running) for (const w of waiters.splice(0)) w(); };
  const start = () => {
    scheduled = false;
    running = Promise.resolve().then(run).then(() => {}, () => {}).finally(() => {
      running = null;
      if (again) { again = false; schedule(); }
      settle();
    });
  };
  const schedule = () => {
    if (scheduled) return;
    if (running) { again = true; return; }
    scheduled = true;
    setTimer(start, delayMs);
  };
  const f = schedule as Coalesced;
  f.idle = () => new Promise<void>((resolve) => { waiters.push(resolve); settle(); });
  return f;
}

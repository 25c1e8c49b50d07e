// Work started by writes that only the latest state needs (warming the brief after a POST): run once the writes
// pause for quietMs (or once the first waiting write is maxWaitMs old, so a steady stream still gets one), never
// twice at the same time, and once more after a run if writes came in during it. A stream of POSTs then costs one run
// per pause (or per maxWaitMs) instead of one per report, and no run queue can grow.
export interface Coalesced { (): void; /** Resolves when no run is scheduled or running. */ idle(): Promise<void> }

export interface CoalesceOptions {
  quietMs: number;
  maxWaitMs: number;
  now?: () => number;
  setTimer?: (f: () => void, ms: number) => void;
}

export function coalesced(run: () => unknown, o: CoalesceOptions): Coalesced {
  const now = o.now ?? Date.now;
  const setTimer = o.setTimer ?? ((f, ms) => { setTimeout(f, ms).unref(); });
  let first = -1;
  let last = -1;
  let timerSet = false;
  let running: Promise<void> | null = null;
  const waiters: (() => void)[] = [];
  const settle = () => { if (first < 0 && !running) for (const w of waiters.splice(0)) w(); };
  const arm = () => {
    if (timerSet || running || first < 0) return;
    timerSet = true;
    setTimer(fire, Math.max(0, Math.min(last + o.quietMs, first + o.maxWaitMs) - now()));
  };
  const fire = () => {
    timerSet = false;
    const t = now();
    if (t < last + o.quietMs && t < first + o.maxWaitMs) return arm();
    first = last = -1;
    running = Promise.resolve().then(run).then(() => {}, () => {}).finally(() => {
      running = null;
      arm();
      settle();
    });
  };
  const f = (() => {
    const t = now();
    if (first < 0) first = t;
    last = t;
    arm();
  }) as Coalesced;
  f.idle = () => new Promise<void>((resolve) => { waiters.push(resolve); settle(); });
  return f;
}

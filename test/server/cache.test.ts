// The read cache while the store keeps changing: stale answers are served while one request refreshes, refreshing
// takes a bounded share of the time, concurrent misses share one computation, and warm-ups after writes coalesce.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/index.js';
import { refreshBudget, responseCache } from '../../src/server/cache.js';
import { coalesced } from '../../src/server/coalesce.js';

const write = (s: Store) => s.transaction(async () => {});

describe('stale-while-revalidate', () => {
  it('past maxStaleMs, refreshing stops once it has taken its share of the second; stale is served meanwhile', async () => {
    const s = await openStore(':memory:');
    let clock = 0;
    const computed: string[] = [];
    const a = new Hono();
    a.use('*', responseCache(s, { maxStaleMs: 100, refreshShare: 0.25, now: () => clock }));
    // Each computation takes 300 ms of the (fake) clock: one refresh uses up the 250 ms budget of a second.
    a.get('/:k', (c) => { computed.push(c.req.param('k')); clock += 300; return c.json({ k: c.req.param('k'), n: computed.length }); });
    for (const k of ['a', 'b', 'c']) await a.request(`/${k}`);
    await write(s);
    clock += 1000;
    const heads = [];
    for (const k of ['a', 'b', 'c']) heads.push((await a.request(`/${k}`)).headers.get('x-parley-cache'));
    // 'a' refreshed (computed, no header); 'b' would exceed the budget: served stale; 'c' too.
    expect(heads).toEqual([null, 'stale', 'stale']);
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
    clock += 1000;
    expect((await a.request('/b')).headers.get('x-parley-cache')).toBeNull();
    expect(computed.at(-1)).toBe('b');
  });

  it('concurrent misses of one key share one computation', async () => {
    const s = await openStore(':memory:');
    let computed = 0;
    let release: () => void = () => {};
    const a = new Hono();
    a.use('*', responseCache(s, { maxStaleMs: 1000 }));
    a.get('/slow', async (c) => { computed++; await new Promise<void>((r) => { release = r; }); return c.json({ computed }); });
    const first = a.request('/slow');
    await new Promise((r) => setTimeout(r, 5));
    const second = a.request('/slow');
    await new Promise((r) => setTimeout(r, 5));
    release();
    const bodies = await Promise.all([first, second].map(async (p) => (await p).json()));
    expect(bodies).toEqual([{ computed: 1 }, { computed: 1 }]);
    expect(computed).toBe(1);
  });

  it('while a stale answer is being refreshed, other requests get the stale answer at once', async () => {
    const s = await openStore(':memory:');
    let computed = 0;
    let release: () => void = () => {};
    let clock = 0;
    const a = new Hono();
    a.use('*', responseCache(s, { maxStaleMs: 10, now: () => clock }));
    a.get('/x', async (c) => { computed++; if (computed > 1) await new Promise<void>((r) => { release = r; }); return c.json({ computed }); });
    await a.request('/x');
    await write(s);
    clock = 100;
    const refreshing = a.request('/x');
    await new Promise((r) => setTimeout(r, 5));
    const meanwhile = await a.request('/x');
    expect(meanwhile.headers.get('x-parley-cache')).toBe('stale');
    expect(await meanwhile.json()).toEqual({ computed: 1 });
    release();
    expect(await (await refreshing).json()).toEqual({ computed: 2 });
    expect((await a.request('/x')).headers.get('x-parley-cache')).toBe('hit');
  });

  it('a refresh budget forgets what was spent more than a window ago', () => {
    const b = refreshBudget(0.25, 1000);
    expect(b.allows(0)).toBe(true);
    b.spend(0, 300);
    expect(b.allows(500)).toBe(false);
    expect(b.allows(1001)).toBe(true);
  });
});

describe('coalesced warm-ups', () => {
  // A fake clock and timer queue: fire() runs the timers due by the clock.
  const fake = () => {
    let clock = 0;
    const timers: { at: number; f: () => void }[] = [];
    return {
      now: () => clock,
      setTimer: (f: () => void, ms: number) => { timers.push({ at: clock + ms, f }); },
      pending: () => timers.length,
      advance: async (ms: number) => {
        await new Promise((r) => setTimeout(r, 0));
        clock += ms;
        for (let due = timers.filter((t) => t.at <= clock); due.length; due = timers.filter((t) => t.at <= clock)) {
          for (const t of due) { timers.splice(timers.indexOf(t), 1); t.f(); }
        }
        await new Promise((r) => setTimeout(r, 0));
      },
    };
  };

  it('a burst of writes gives one run once they pause; writes during a run give one more; never two at once', async () => {
    const t = fake();
    let running = 0, maxRunning = 0, runs = 0;
    let finish: () => void = () => {};
    const warm = coalesced(() => { runs++; running++; maxRunning = Math.max(maxRunning, running); return new Promise<void>((r) => { finish = () => { running--; r(); }; }); },
      { quietMs: 1000, maxWaitMs: 10_000, now: t.now, setTimer: t.setTimer });
    for (let i = 0; i < 10; i++) { warm(); await t.advance(100); }
    expect(runs).toBe(0);
    await t.advance(1000);
    expect(runs).toBe(1);
    for (let i = 0; i < 10; i++) warm();
    await t.advance(5000);
    expect(runs).toBe(1);
    finish();
    await t.advance(1000);
    expect(runs).toBe(2);
    finish();
    await warm.idle();
    expect({ runs, maxRunning, timers: t.pending() }).toEqual({ runs: 2, maxRunning: 1, timers: 0 });
  });

  it('a steady stream of writes still gets a run every maxWaitMs', async () => {
    const t = fake();
    let runs = 0;
    const warm = coalesced(() => { runs++; }, { quietMs: 1000, maxWaitMs: 10_000, now: t.now, setTimer: t.setTimer });
    for (let i = 0; i < 100; i++) { warm(); await t.advance(300); }
    // 30 s of writes every 300 ms: one run per 10 s (at 10 s and 20 s), not one per write; the last after the pause.
    expect(runs).toBe(2);
    await t.advance(1000);
    expect(runs).toBe(3);
  });
});

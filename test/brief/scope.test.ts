import { describe, expect, it } from 'vitest';
import { brief, parseConfig, processFilter } from '../../src/brief/index.js';
import { defaultBriefRules, leaderNames } from '../../src/brief/rules.js';
import { DOCS, E, storeOf, type Doc } from './fixtures.js';

const rules = { ...defaultBriefRules(), leaders: leaderNames([
  { name: 'Donald Trump', office: 'President' }, { name: 'Vladimir Putin', office: 'President' },
  { name: 'Volodymyr Zelenskyy', office: 'President' }, { name: 'Benjamin Netanyahu', office: 'Prime Minister' },
], ['President', 'Prime Minister']) };

describe('process scope: events of one party belong only through the process\'s own reports', () => {
  it('a party\'s talks with a mediator about another conflict are not this process\'s contacts', async () => {
    // A report on Israel–Syria talks the US mediates (a process of its own, configured here): Israel and the US
    // meet in it, but that meeting is not an Israel–Hamas contact.
    const syr = ['Syria', 'state', 'SYR'] as const;
    const other: Doc = { id: 'sy1', published: '2026-02-02', entities: { isr: E.isr, usa: E.usa, syr: [...syr] }, items: [
      { say: 'Syrian and Israeli officials met in Paris on Sunday under American mediation.', event: { mode: 'meet', actor: ['syr', 'isr'], recipient: ['usa'], date: '2026-02-01' } },
      { say: 'Israeli and American officials then held talks of their own on the Syrian border.', event: { mode: 'meet', actor: ['isr', 'usa'], date: '2026-02-01' } },
    ] };
    const config = parseConfig('processes:\n  - parties: [Israel, Syria]\n    mediators: [United States]\n');
    const briefs = await brief(await storeOf([...DOCS, other]), { rules, config });
    const gz = briefs.find((b) => b.process.id === 'israel-hamas')!;
    expect(gz.contacts.matrix.every((c) => c.last === null || c.last < '2026-02-01')).toBe(true);
    expect(gz.timeline.some((t) => t.date === '2026-02-01')).toBe(false);
    const sy = briefs.find((b) => b.process.parties.some((p) => p.name === 'Syria'))!;
    expect(sy.contacts.matrix.some((c) => c.last === '2026-02-01')).toBe(true);
  });
});

describe('process scope: the reports about a process', () => {
  it('a party named only in passing in a report on another war does not file that report under its process', async () => {
    const nor = ['Norland', 'state', 'NOR'] as const;
    const front = ['Northern Front', 'group', 'NOR'] as const;
    const swap: Doc = { id: 'nor1', published: '2026-02-03', entities: { nor: [...nor], nf: [...front], isr: E.isr }, items: [
      { say: 'Norland and the Northern Front agreed on Monday to exchange 900 detainees.', event: { event: 'AGREE', actor: ['nor', 'nf'], date: '2026-02-02' } },
      { say: 'Among those to be freed are two Israel-born aid workers.' },
    ] };
    const own: Doc = { id: 'isr-own', published: '2026-02-03', entities: { isr: E.isr }, items: [
      { say: 'Israel sent its negotiators back to the talks on Monday.', event: { mode: 'meet', actor: ['isr'], date: '2026-02-02' } },
    ] };
    const f = await processFilter(await storeOf([...DOCS, swap, own]), 'Israel–Hamas');
    expect(f.docs.has('nor1')).toBe(false);
    expect(f.docs.has('isr-own')).toBe(true);
  });
});

describe('planned and then held', () => {
  it('an undated plan told after a meeting is not carried out by that same-day meeting', async () => {
    const doc: Doc = { id: 'ru-after', published: '2026-03-02', entities: { trump: E.trump, putin: E.putin, zel: E.zel, rus: E.rus, ukr: E.ukr, usa: E.usa }, items: [
      { say: 'Trump and Putin met in Helsinki on Monday for four hours.', event: { mode: 'meet', actor: ['trump', 'putin'], date: '2026-03-02' } },
      { say: 'Afterwards Trump said he would phone Putin again soon about a prisoner swap.', event: { mode: 'phone', actor: ['trump'], recipient: ['putin'], modality: 'future' } },
    ] };
    const ru = (await brief(await storeOf([...DOCS, doc]), { rules, process: 'Russia–Ukraine' }))[0];
    expect(ru.contacts.happened.some((h) => h.happenedOn === '2026-03-02')).toBe(false);
    expect(ru.contacts.notHappened.some((n) => n.mode === 'phone' && n.who.includes('Vladimir Putin'))).toBe(true);
  });
});

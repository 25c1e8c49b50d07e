import { describe, expect, it } from 'vitest';
import { brief, listProcesses, parseConfig, renderBrief } from '../../src/brief/index.js';
import { defaultBriefRules, leaderNames } from '../../src/brief/rules.js';
import { DOCS, storeOf } from './fixtures.js';

// Leaders given here, so the tests do not depend on data/people.json.
const rules = { ...defaultBriefRules(), leaders: leaderNames([
  { name: 'Donald Trump', office: 'President' }, { name: 'Vladimir Putin', office: 'President' },
  { name: 'Volodymyr Zelenskyy', office: 'President' }, { name: 'Steve Witkoff', office: 'Special Envoy' },
], ['President']) };

describe('brief on hand-written reports', async () => {
  const store = await storeOf(DOCS);
  const config = parseConfig(`
processes:
  - parties: [Russia, Ukraine]
    plan:
      name: 20-point plan
      points:
        - { id: p1, text: Security guarantees, keywords: [security guarantees] }
        - { id: p2, text: Territory, keywords: [Donbas, territory, front line] }
        - { id: p3, text: Elections, keywords: [elections] }
`);
  const briefs = (await brief(store, { rules, config }));
  const ru = briefs.find((b) => b.process.id === 'russia-ukraine')!;
  const gz = briefs.find((b) => b.process.id === 'israel-hamas')!;

  it('proposes both processes with their mediators, and no party-mediator dyad', async () => {
    const ps = (await listProcesses(store, { rules }));
    // Mediators come from mediation evidence ("the mediators", "has mediated", "hosted"), not from activity.
    expect(ps.map((p) => [p.name, [...p.mediators.map((m) => m.name)].sort()]).sort()).toEqual([
      ['Israel–Hamas', ['Egypt', 'Qatar', 'United States']],
      ['Russia–Ukraine', ['United States']],
    ]);
    expect(ps.every((p) => p.origin === 'proposed')).toBe(true);
  });

  it('orders briefs most active first', async () => {
    expect(briefs.map((b) => b.process.name)).toEqual(['Russia–Ukraine', 'Israel–Hamas']);
  });

  it('status: leader contacts with the mediator, no direct contact since a claimed date, plan and % claims', async () => {
    const s = ru.status;
    expect(s.asOf).toBe('2025-12-29');
    expect(s.lastLeaderContact).toBeNull();
    expect(s.leaderContactsWithMediators.map((c) => [c.between, c.date, c.mode, c.who])).toEqual([
      [['Russia', 'United States'], '2025-12-28', 'phone', ['Vladimir Putin', 'Donald Trump']],
      [['Ukraine', 'United States'], '2025-12-28', 'visit', ['Volodymyr Zelenskyy', 'Donald Trump']],
    ]);
    expect(s.lastDirectContact).toBeNull();
    expect(s.noContactSince.map((c) => [c.since, c.evidence[0].quote])).toEqual([['2020-07', 'Putin has not spoken to Zelenskyy since July 2020.']]);
    // Only the pair the claim is about is named, not a third side the extraction attached to the event.
    expect(s.noContactSince[0].who).toEqual(['Vladimir Putin', 'Volodymyr Zelenskyy']);
    expect(s.daysSinceDirectContact).toBe(2007);
    expect(s.currentPlan).toMatchObject({ points: 20, date: '2025-12-29' });
    expect(s.currentPlan!.evidence[0].quote).toBe('The plan has been cut to a 20-point plan.');
    expect(s.agreementClaims.map((c) => [c.percent, c.speaker])).toEqual([[95, 'Donald Trump'], [90, 'Volodymyr Zelenskyy']]);
  });

  it('every evidence quote is the stored report text at its span', async () => {
    const texts = new Map(DOCS.map((d) => [d.id, d.items.map((i) => i.say).join(' ') + ' ']));
    const all: { report: string; quote: string; span: [number, number] }[] = [];
    JSON.stringify(briefs, (k, v) => { if (v && typeof v === 'object' && 'quote' in v && 'span' in v) all.push(v); return v; });
    expect(all.length).toBeGreaterThan(20);
    for (const e of all) expect(texts.get(e.report)!.slice(e.span[0], e.span[1])).toBe(e.quote);
  });

  it('contacts: who met or called whom, and the hoped-for meeting kept apart', async () => {
    // Side lines: a person counts for their side, once per event.
    expect(ru.contacts.matrix.map((c) => [c.a, c.b, c.count, c.modes, c.last])).toEqual([
      ['Russia', 'United States', 2, { phone: 1, visit: 1 }, '2025-12-28'],
      ['Ukraine', 'United States', 2, { meet: 1, visit: 1 }, '2025-12-28'],
    ]);
    expect(ru.contacts.people.map((c) => [c.a, c.b, c.count, c.modes, c.last])).toEqual([
      ['Donald Trump', 'Vladimir Putin', 1, { phone: 1 }, '2025-12-28'],
      ['Donald Trump', 'Volodymyr Zelenskyy', 1, { visit: 1 }, '2025-12-28'],
      ['Rustem Umerov', 'Steve Witkoff', 1, { meet: 1 }, '2025-11-20'],
      ['Steve Witkoff', 'Vladimir Putin', 1, { visit: 1 }, '2025-11-21'],
    ]);
    expect(ru.contacts.notHappened.map((u) => [u.who, u.modality, u.evidence[0].quote])).toEqual([
      [['Volodymyr Zelenskyy', 'Vladimir Putin'], 'hoped-for', 'Zelenskyy hopes to meet Putin in person.'],
    ]);
  });

  it('timeline: events between the sides by date, marked, with source counts', async () => {
    expect(ru.timeline.map((e) => [e.date, e.event, e.mark, e.sources])).toEqual([
      ['2025-11-20', 'ASSAULT', '', 1],
      ['2025-11-20', 'CONSULT', '', 1],
      ['2025-11-21', 'CONSULT', '', 1],
      ['2025-12-27', 'ASSAULT', '', 1],
      ['2025-12-28', 'CONSULT', '', 1],
      ['2025-12-28', 'CONSULT', '', 1],
      [null, 'CONSULT', 'hypothetical', 1],
      [null, 'REJECT', '', 1],
    ]);
    expect((await brief(store, { rules, config, process: 'Russia–Ukraine', since: '2025-12-01' }))[0].timeline.map((e) => e.date)).toEqual(['2025-12-27', '2025-12-28', '2025-12-28']);
  });

  it('plan and issues: versions over time, statuses from cue sentences, sticking points', async () => {
    expect(ru.plan.versions.map((v) => [v.points, v.first, v.last])).toEqual([[28, '2025-11-21', '2025-11-21'], [20, '2025-12-29', '2025-12-29']]);
    const status = Object.fromEntries(ru.plan.issues.map((i) => [i.issue, i.status]));
    expect(status).toEqual({ territory: 'contested', 'security-guarantees': 'agreed', ceasefire: 'open', 'nuclear-plant': 'contested' });
    expect(ru.plan.stickingPoints).toEqual(['territory', 'nuclear-plant']);
    const sg = ru.plan.issues.find((i) => i.issue === 'security-guarantees')!;
    expect(sg.cues.map((c) => [c.cue, c.evidence.quote])).toEqual([['full-percent', 'Security guarantees are 100% agreed, Zelenskyy said.']]);
    expect(gz.plan.versions.map((v) => v.points)).toEqual([20]);
  });

  it('plan points: 0-3 levels from keyword sentences and cues, rolled up to a percentage', async () => {
    expect(ru.plan.points.map((p) => [p.id, p.level, p.label])).toEqual([
      ['p1', 3, 'full agreement'], ['p2', 1, 'minimal'], ['p3', 0, 'not started'],
    ]);
    expect(ru.plan.points[1].evidence[0].quote).toBe('Russia rejected any freeze of the front line.');
    expect(ru.plan.pointsAgreedPercent).toBe(44);
    expect(gz.plan.points).toEqual([]);
    expect(gz.plan.pointsAgreedPercent).toBeNull();
  });

  it('positions: what each party demanded or rejected, with its speakers\' quotes per issue', async () => {
    const rus = ru.positions.find((p) => p.party === 'Russia')!;
    expect(rus.issues.map((i) => [i.issue, i.acts.map((a) => a.act), i.quotes.length])).toEqual([['territory', ['rejected'], 0]]);
    const ukr = ru.positions.find((p) => p.party === 'Ukraine')!;
    expect(ukr.issues.map((i) => [i.issue, i.acts.map((a) => a.act), i.quotes.map((q) => [q.speaker, q.evidence.quote])])).toEqual([
      ['ceasefire', ['demanded'], []],
      ['security-guarantees', ['demanded'], []],
      ['territory', [], [['Volodymyr Zelenskyy', 'We will never give up the Donbas.']]],
    ]);
  });

  it('disputes and sourcing: the 90% and 95% claims, outlets, anonymous share', async () => {
    const pct = ru.disputes.find((d) => d.kind === 'agreement-percent')!;
    expect(pct.values.map((v) => [v.value, v.speaker, v.evidence.quote])).toEqual([
      [90, 'Volodymyr Zelenskyy', 'Zelenskyy said the plan was 90% agreed.'], [95, 'Donald Trump', 'Trump put it at 95% agreed.'],
    ]);
    expect(gz.disputes).toEqual([]);
    expect(ru.sourcing).toEqual({ reports: 3, outlets: [{ outlet: 'ru1.example', reports: 1 }, { outlet: 'ru2.example', reports: 1 }, { outlet: 'ru3.example', reports: 1 }], quotes: 2, anonymousQuotes: 1, anonymousShare: 0.5 });
  });

  it('renders Markdown with every section and evidence on each line', async () => {
    const md = renderBrief(ru);
    for (const h of ['# Russia–Ukraine', '## Status', '## Contacts', '## Timeline', '## Plan and issues', '## Positions', '## Disputes between sources', '## Sourcing']) expect(md).toContain(h);
    expect(md).toContain('- 95% agreed on the plan, according to Donald Trump (2025-12-29) — ru3.example, 2025-12-29: "Trump put it at 95% agreed."');
    expect(md).toContain('- No contact since 2020-07 (Vladimir Putin, Volodymyr Zelenskyy) — ru2.example, 2025-12-29: "Putin has not spoken to Zelenskyy since July 2020."');
    expect(md).toContain('Sticking points: territory, nuclear-plant');
    expect(md).toContain('- [hoped-for] Volodymyr Zelenskyy, Vladimir Putin (meet) undated');
    expect(md).toContain('Plan points (0-3: not started, minimal, intermediate, full agreement): 44% agreed');
  });

  it('keeps the JSON shape stable', async () => {
    const json = JSON.parse(JSON.stringify(ru));
    expect(Object.keys(json)).toEqual(['process', 'since', 'status', 'contacts', 'timeline', 'plan', 'positions', 'disputes', 'sourcing', 'nextScheduled']);
    expect(Object.keys(json.status)).toEqual(['asOf', 'lastLeaderContact', 'leaderContactsWithMediators', 'lastDirectContact', 'noContactSince', 'daysSinceDirectContact', 'currentPlan', 'agreementClaims']);
    expect(Object.keys(json.plan)).toEqual(['versions', 'issues', 'stickingPoints', 'points', 'pointsAgreedPercent']);
    expect(Object.keys(json.timeline[0])).toEqual(['id', 'date', 'event', 'mode', 'modality', 'mark', 'actor', 'recipient', 'place', 'sources', 'evidence', 'rule']);
    expect(Object.keys(json.timeline[0].evidence[0])).toEqual(['outlet', 'report', 'date', 'quote', 'span']);
  });

  it('names an unknown process in the error', async () => {
    await expect(brief(store, { rules, process: 'Mars–Venus' })).rejects.toThrow(/no process "Mars–Venus" \(known: (Russia–Ukraine, Israel–Hamas|Israel–Hamas, Russia–Ukraine)\)/);
  });
});

describe('no-contact claims', () => {
  it('a refusal of something other than contact, with a since date, is no claim of no contact', async () => {
    const extra = { id: 'ru9', published: '2025-12-30', entities: DOCS[1].entities, items: [
      { say: 'Trump turned down Zelenskyy on long-range missiles in October.', event: { event: 'REJECT' as const, actor: ['trump'], recipient: ['zel', 'putin'], since: '2025-10' } },
    ] };
    const store = await storeOf([...DOCS, extra]);
    const ru = (await brief(store, { rules, process: 'Russia–Ukraine' }))[0];
    expect(ru.status.noContactSince.map((c) => c.since)).toEqual(['2020-07']);
  });
});

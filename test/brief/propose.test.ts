import { describe, expect, it } from 'vitest';
import { listProcesses } from '../../src/brief/index.js';
import { defaultBriefRules } from '../../src/brief/rules.js';
import { storeOf, type Doc, type Ent } from './fixtures.js';

const rules = defaultBriefRules();
const ENT: Record<string, Ent> = {
  arm: ['Armenia', 'state', 'ARM'], aze: ['Azerbaijan', 'state', 'AZE'], usa: ['United States', 'state', 'USA'],
  ind: ['India', 'state', 'IND'], pak: ['Pakistan', 'state', 'PAK'], isr: ['Israel', 'state', 'ISR'],
  hamas: ['Hamas', 'group', 'PSE'], pse: ['Palestine', 'state', 'PSE'], egy: ['Egypt', 'state', 'EGY'], qat: ['Qatar', 'state', 'QAT'],
  ven: ['Venezuela', 'state', 'VEN'], guy: ['Guyana', 'state', 'GUY'],
  sdn: ['Sudan', 'state', 'SDN'], splm: ['SPLM-N', 'group', 'SDN'], ssd: ['South Sudan', 'state', 'SSD'], ken: ['Kenya', 'state', 'KEN'],
};
const doc = (id: string, items: Doc['items']): Doc => ({ id, published: '2025-08-10', entities: ENT, items });
const listed = async (docs: Doc[]) => (await listProcesses(await storeOf(docs), { rules })).map((p) => [p.name, p.mediators.map((m) => m.name)]);

// A broker (here the United States) is named as a "target" of a clash it only hosts talks about; elsewhere it
// mediates a second conflict. The clash's two sides are the dyad, the broker their mediator.
const BROKER: Doc[] = [
  doc('am1', [
    { say: 'Armenian and Azerbaijani units clashed near the border, the State Department said.', event: { event: 'ASSAULT', actor: ['arm', 'aze'], recipient: ['usa'] } },
    { say: 'The American president received both leaders for talks.', event: { mode: 'third-party', actor: ['usa', 'arm', 'aze'] } },
  ]),
  doc('am2', [
    { say: 'Azerbaijani artillery shelled Armenian villages.', event: { event: 'ASSAULT', actor: ['aze'], recipient: ['arm'] } },
    { say: 'Both governments signed a joint declaration in Washington.', event: { event: 'AGREE', actor: ['arm', 'aze'], recipient: ['usa'] } },
  ]),
  doc('am3', [
    { say: 'Fresh fighting between Armenia and Azerbaijan was raised with the White House.', event: { event: 'ASSAULT', actor: ['arm', 'aze'], recipient: ['usa'] } },
  ]),
  doc('ip1', [
    { say: 'Indian and Pakistani troops exchanged fire along the line of control.', event: { event: 'ASSAULT', actor: ['ind', 'pak'] } },
    { say: 'American officials held calls with both capitals.', event: { mode: 'phone', actor: ['usa'], recipient: ['ind', 'pak'] } },
  ]),
  doc('ip2', [
    { say: 'Pakistan shelled Indian positions overnight.', event: { event: 'ASSAULT', actor: ['pak'], recipient: ['ind'] } },
    { say: 'The United States hosted envoys of both states.', event: { mode: 'third-party', actor: ['usa', 'ind', 'pak'] } },
  ]),
];

// Egypt is named next to Israel as a target of an attack; the reports call it and Qatar the mediators: it mediates
// Israel-Hamas rather than being Hamas's enemy, and Qatar comes along.
const SHADOW: Doc[] = [
  doc('g1', [
    { say: 'Israeli aircraft struck Hamas sites in Gaza.', event: { event: 'ASSAULT', actor: ['isr'], recipient: ['hamas'] } },
    { say: 'Hamas attacks were condemned in Jerusalem and Cairo.', event: { event: 'ASSAULT', actor: ['hamas'], recipient: ['isr', 'egy'] } },
    { say: 'Egyptian officials met an Israeli delegation.', event: { mode: 'meet', actor: ['egy', 'isr'] } },
  ]),
  doc('g2', [
    { say: 'Hamas fighters fired rockets at Israeli towns.', event: { event: 'ASSAULT', actor: ['hamas'], recipient: ['isr'] } },
    { say: 'Egypt and Qatar, the mediators, held talks with Hamas leaders in Cairo.', event: { mode: 'third-party', actor: ['egy', 'qat', 'hamas'] } },
    { say: 'Hamas negotiators were also received in Doha.', event: { mode: 'meet', actor: ['hamas', 'qat'] } },
    { say: 'Palestinian and Hamas officials welcomed the truce text.', event: { event: 'AGREE', actor: ['pse', 'hamas'], recipient: ['isr'] } },
  ]),
];

// South Sudan is at war with Sudan as much as the rebels are, and sits at the mediated talks with both: it is a party
// of the conflict, not a mediator; Kenya, which hosts, is the mediator.
const NEIGHBOUR: Doc[] = ['Monday', 'Wednesday', 'Friday'].map((day, n) => doc(`sd${n}`, [
  { say: `Rebel fighters attacked an army garrison in the hills on ${day}.`, event: { event: 'ASSAULT', actor: ['splm'], recipient: ['sdn'] } },
  { say: `Sudanese jets bombed rebel positions on ${day}.`, event: { event: 'ASSAULT', actor: ['sdn'], recipient: ['splm'] } },
  { say: `Sudan accused its southern neighbour of shelling border posts on ${day}.`, event: { event: 'ASSAULT', actor: ['ssd'], recipient: ['sdn'] } },
  { say: `Sudanese artillery shelled South Sudanese positions in reply on ${day}.`, event: { event: 'ASSAULT', actor: ['sdn'], recipient: ['ssd'] } },
  { say: `Talks involving Sudan, the rebels and South Sudan resumed under Kenyan mediation on ${day}.`, event: { mode: 'third-party', actor: ['ken', 'sdn', 'splm', 'ssd'] } },
]));

describe('proposing processes', () => {
  it('a side at war with one party that sits at the mediated talks is a party, not a mediator', async () => {
    const [p] = await listProcesses(await storeOf(NEIGHBOUR), { rules });
    expect(p.parties.map((x) => x.name).sort()).toEqual(['SPLM-N', 'South Sudan', 'Sudan']);
    expect(p.mediators.map((m) => m.name)).toEqual(['Kenya']);
  });

  it('a side that brokers talks is a mediator even when a clash report names it as a target', async () => {
    expect((await listed(BROKER)).sort()).toEqual([['Armenia–Azerbaijan', ['United States']], ['India–Pakistan', ['United States']]]);
  });

  it('folds a dyad that shadows a stronger one into it, the folded side becoming a mediator', async () => {
    const ps = await listed(SHADOW);
    expect(ps.map(([n, m]) => [n, [...m].sort()])).toEqual([['Israel–Hamas', ['Egypt', 'Qatar']]]);
  });

  it('words alone (accusations, rejections) are not enough for a process', async () => {
    const spat = [1, 2].map((n) => doc(`vg${n}`, [
      { say: 'Caracas accused Georgetown of provocations.', event: { event: 'ACCUSE', actor: ['ven'], recipient: ['guy'] } },
      { say: 'Guyana rejected the claim outright.', event: { event: 'REJECT', actor: ['guy'], recipient: ['ven'] } },
      { say: 'Georgetown lodged a formal protest with Caracas.', event: { event: 'PROTEST', actor: ['guy'], recipient: ['ven'] } },
    ]));
    expect(await listed(spat)).toEqual([]);
  });

  it('one report is too little evidence for a process', async () => {
    const one = [doc('solo', [
      { say: 'Venezuelan troops crossed into Guyana.', event: { event: 'ASSAULT', actor: ['ven'], recipient: ['guy'] } },
      { say: 'Guyanese forces fired back.', event: { event: 'ASSAULT', actor: ['guy'], recipient: ['ven'] } },
    ])];
    expect(await listed(one)).toEqual([]);
    const two = [...one, doc('solo2', [{ say: 'Venezuela shelled a Guyanese outpost.', event: { event: 'ASSAULT', actor: ['ven'], recipient: ['guy'] } }])];
    expect((await listed(two)).map(([n]) => n)).toEqual(['Guyana–Venezuela']);
  });
});

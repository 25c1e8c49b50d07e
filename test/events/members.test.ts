// A group the report defines by its members acts for them (src/events/members.ts).
import { describe, expect, it } from 'vitest';
import { extractReport, loadLexicon } from '../../src/index.js';

const lexicon = loadLexicon();
function events(text: string) {
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as never, { lexicon });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.events.map((e) => ({ event: e.event, actor: e.actor.map(name), inferred: (e.inferred ?? []).map(name) }));
}

describe('a group defined by its members', () => {
  it('gives the group\'s act to each member as well, marked as inferred', () => {
    const es = events('The mediators — Qatar, Egypt and Turkey — met in Doha on Monday. The mediators also condemned the shelling of Gaza.');
    const condemned = es.find((e) => e.event === 'ACCUSE')!;
    expect(condemned.actor).toEqual(['the mediators', 'Qatar', 'Egypt', 'Türkiye']);
    expect(condemned.inferred).toEqual(expect.arrayContaining(['Qatar', 'Egypt', 'Türkiye']));
  });
  it('leaves a group the report does not spell out as it is', () => {
    const es = events('The Quad condemned the shelling of El Fasher by the RSF.');
    expect(es.flatMap((e) => e.inferred)).not.toContain('Egypt');
  });
});

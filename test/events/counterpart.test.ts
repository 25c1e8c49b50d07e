// The other side a report leaves implicit (src/events/counterpart.ts), on sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/wink.js';
import { findEvents } from '../../src/events/index.js';
import { noTrace, type DocContext } from '../../src/context.js';
import { indexFor, PEOPLE, type TestEntity } from '../helpers/entities.js';

const P = PEOPLE;
const MORE: TestEntity[] = [
  { name: 'Egypt', aliases: ['Egypt'], kind: 'state', country: 'EGY' },
  { name: 'Qatar', aliases: ['Qatar'], kind: 'state', country: 'QAT' },
];

function events(text: string) {
  const entities = indexFor(text, [P.putin, P.zelenskyy, P.russia, P.ukraine, ...MORE]);
  const ctx: DocContext = { text, published: '2026-02-10', analysis: analyze(text), entities, clutter: [], trace: noTrace };
  const name = (id: string) => entities.byId(id)?.name;
  return findEvents(ctx, []).map((e) => ({ event: e.event, actor: e.actor.map(name), recipient: e.recipient.map(name) }));
}

describe('a joint call names the sides at war', () => {
  it('aims "Egypt and Qatar called for a ceasefire" at the two main sides', () => {
    const text = 'Russia shelled Ukraine again on Monday. Ukraine said Russia had hit a school. Egypt and Qatar called for an immediate ceasefire.';
    const call = events(text).find((e) => e.event === 'REQUEST');
    expect(call?.actor).toEqual(expect.arrayContaining(['Egypt', 'Qatar']));
    expect(call?.recipient).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
  });
});

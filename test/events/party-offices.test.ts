// Who holds an office for a state (src/events/party-offices.ts), on entities of our own.
import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../src/context.js';
import { holderOf } from '../../src/events/party-offices.js';
import type { Entity } from '../../src/record.js';

const person = (id: string, office: string, mentions: number): Entity =>
  ({ id, name: id, kind: 'person', country: 'KEN', office, mentions: Array.from({ length: mentions }, (_, i) => [i * 10, i * 10 + 4]), rule: 'test' });

function index(entities: Entity[]): EntityIndex {
  return { entities, mentions: [], byId: (id) => entities.find((e) => e.id === id), mentionsIn: () => [], mentionAt: () => undefined, lastPersonBefore: () => undefined };
}

describe('the holder of an office', () => {
  it('is no vice, deputy, former or acting bearer of the title, however often named', () => {
    const ents = [person('Ruto', 'president', 1), person('Kindiki', 'vice-president', 5), person('Kenyatta', 'former president', 4)];
    expect(holderOf(index(ents), 'KEN', 'president')).toBe('Ruto');
    expect(holderOf(index(ents), 'KEN', 'leader')).toBe('Ruto');
  });
});

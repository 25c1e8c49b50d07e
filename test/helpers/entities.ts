// Builds an entity index for a test text from a small table of names (every occurrence of an alias is a mention),
// so finders can be tested without the entity stage.
import { makeIndex } from '../../src/entities/index.js';
import type { Mention } from '../../src/context.js';
import type { Entity, EntityKind } from '../../src/record.js';

export interface TestEntity { aliases: string[]; kind: EntityKind; country: string | null; name?: string; office?: string }

export function indexFor(text: string, table: TestEntity[]) {
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  table.forEach((t, i) => {
    const id = `e${i + 1}`;
    const spans: Array<[number, number]> = [];
    for (const alias of [...t.aliases].sort((a, b) => b.length - a.length)) {
      const re = new RegExp(`(?<![\\w.])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
      for (const m of text.matchAll(re)) {
        const span: [number, number] = [m.index!, m.index! + alias.length];
        if (spans.some(([a, b]) => span[0] < b && a < span[1])) continue;
        if (mentions.some((x) => span[0] < x.span[1] && x.span[0] < span[1])) continue;
        spans.push(span);
        mentions.push({ entity: id, span, via: 'name' });
      }
    }
    entities.push({ id, name: t.name ?? t.aliases[0], kind: t.kind, country: t.country, office: t.office ?? null, mentions: spans, rule: 'test' });
  });
  return makeIndex(entities, mentions);
}

export const PEOPLE: Record<string, TestEntity> = {
  trump: { name: 'Donald Trump', aliases: ['President Donald Trump', 'Donald Trump', 'Trump'], kind: 'person', country: 'USA' },
  putin: { name: 'Vladimir Putin', aliases: ['Russian President Vladimir Putin', 'Vladimir Putin', 'Putin'], kind: 'person', country: 'RUS' },
  zelenskyy: { name: 'Volodymyr Zelenskyy', aliases: ['Ukrainian President Volodymyr Zelenskyy', 'Volodymyr Zelenskyy', 'Zelenskyy', 'Zelensky'], kind: 'person', country: 'UKR' },
  witkoff: { aliases: ['Steve Witkoff', 'Witkoff'], kind: 'person', country: 'USA' },
  russia: { aliases: ['Russia', 'Moscow', 'the Kremlin'], kind: 'state', country: 'RUS' },
  ukraine: { aliases: ['Ukraine', 'Kyiv'], kind: 'state', country: 'UKR' },
  usa: { name: 'United States', aliases: ['the United States', 'the U.S.', 'U.S.', 'Washington'], kind: 'state', country: 'USA' },
  maralago: { aliases: ['Mar-a-Lago'], kind: 'place', country: 'USA' },
  geneva: { aliases: ['Geneva'], kind: 'place', country: 'CHE' },
};

// STUB: entity finders and resolver.
import type { Analysis } from '../nlp/wink.js';
import type { EntityIndex, Mention } from '../context.js';
import type { Entity } from '../record.js';

export interface Lexicon { [table: string]: unknown }

export function loadLexicon(): Lexicon {
  return {};
}

export function findEntities(_text: string, _analysis: Analysis, _lexicon: Lexicon): EntityIndex {
  return makeIndex([], []);
}

export function makeIndex(entities: Entity[], mentions: Mention[]): EntityIndex {
  const sorted = [...mentions].sort((a, b) => a.span[0] - b.span[0]);
  const byId = new Map(entities.map((e) => [e.id, e]));
  return {
    entities,
    mentions: sorted,
    byId: (id) => byId.get(id),
    mentionsIn: (s, e) => sorted.filter((m) => m.span[0] >= s && m.span[1] <= e),
    mentionAt: (o) => sorted.find((m) => m.span[0] <= o && o < m.span[1]),
    lastPersonBefore: (o) => {
      for (let i = sorted.length - 1; i >= 0; i--) {
        const m = sorted[i];
        if (m.span[1] <= o && byId.get(m.entity)?.kind === 'person') return m;
      }
      return undefined;
    },
  };
}

// Builds a DocContext for finder tests: real wink analysis, and an entity index made from the names a test lists.
import { analyze } from '../../src/nlp/wink.js';
import { makeIndex } from '../../src/entities/index.js';
import type { DocContext, Mention, TraceEntry } from '../../src/context.js';
import type { Entity, EntityKind, Span } from '../../src/record.js';

export interface Named { id: string; kind: EntityKind; names: string[] }

export function contextFor(text: string, named: Named[] = [], clutter: Span[] = []): DocContext & { traced: TraceEntry[] } {
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const n of named) {
    const spans: Span[] = [];
    // Longest names first so "Donald Trump" is one mention, not "Trump" inside it.
    for (const name of [...n.names].sort((a, b) => b.length - a.length)) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        const span: Span = [i, i + name.length];
        if (/[\p{L}]/u.test(text[i - 1] ?? '') || /[\p{L}]/u.test(text[span[1]] ?? '')) continue;
        if (mentions.some((m) => m.span[0] < span[1] && span[0] < m.span[1])) continue;
        spans.push(span);
        mentions.push({ entity: n.id, span, via: 'name' });
      }
    }
    entities.push({ id: n.id, name: n.names[0], kind: n.kind, country: null, office: null, mentions: spans, rule: 'test' });
  }
  const traced: TraceEntry[] = [];
  return {
    text, published: null, analysis: analyze(text), entities: makeIndex(entities, mentions), clutter,
    trace: (e) => traced.push(e), traced,
  };
}

export const TRUMP: Named = { id: 'e1', kind: 'person', names: ['Donald Trump', 'Trump'] };
export const PUTIN: Named = { id: 'e2', kind: 'person', names: ['Vladimir Putin', 'Putin'] };
export const ZELENSKYY: Named = { id: 'e3', kind: 'person', names: ['Volodymyr Zelenskyy', 'Zelenskyy'] };
export const RUSSIA: Named = { id: 'e4', kind: 'state', names: ['Russia', 'the Kremlin', 'Moscow'] };

// Shared set-up for entity tests: the real lexicon and wink analysis, no mocks.
import { analyze } from '../../src/nlp/wink.js';
import { findEntities, loadLexicon } from '../../src/entities/index.js';
import type { EntityIndex } from '../../src/context.js';
import type { Entity } from '../../src/record.js';

export const lexicon = loadLexicon();

export function run(text: string): EntityIndex {
  return findEntities(text, analyze(text), lexicon);
}

/** The texts of an entity's mentions. */
export function texts(text: string, e: Entity | undefined): string[] {
  return (e?.mentions ?? []).map(([a, b]) => text.slice(a, b));
}

export function byName(idx: EntityIndex, name: string): Entity | undefined {
  return idx.entities.find((e) => e.name === name);
}

export function persons(idx: EntityIndex): string[] {
  return idx.entities.filter((e) => e.kind === 'person').map((e) => e.name);
}

// Every gazetteer entry loads, cites its file's sources, and is found by its own name and each alias.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_FILES } from '../../src/entities/gazetteer.js';
import { run } from './helpers.js';

const dir = join(import.meta.dirname, '../../data/gazetteer');
const load = (file: string, key: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, any>;

const files = [
  { file: GAZETTEER_FILES.persons, key: 'persons', kind: 'person' },
  { file: GAZETTEER_FILES.groups, key: 'groups', kind: null },
  { file: GAZETTEER_FILES.organizations, key: 'organizations', kind: null },
];

/** The entity a sentence naming `form` finds over exactly that form. */
function found(form: string) {
  const text = `On Monday reporters saw ${form} in the hall.`;
  const idx = run(text);
  const start = text.indexOf(form);
  // A name's closing abbreviation dot ("Jr.") is the sentence's, not the word's.
  const end = start + form.replace(/\.$/, '').length;
  const m = idx.mentions.find((x) => x.span[0] === start && x.span[1] === end);
  return m ? idx.byId(m.entity) : undefined;
}

describe('gazetteer', () => {
  for (const { file, key, kind } of files) {
    const data = load(file, key);
    it(`${file} cites sources and has one entry a line`, () => {
      expect(data.sources.length).toBeGreaterThan(0);
      const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim().startsWith('{"name"'));
      expect(lines.length).toBe(data[key].length);
    });
    for (const entry of data[key]) {
      it(`${file}: ${entry.name} resolves its name and aliases`, () => {
        for (const form of [entry.name, ...(entry.aliases ?? [])]) {
          const e = found(form);
          expect(e?.name, form).toBe(entry.name);
          expect(e?.kind).toBe(kind ?? entry.kind);
          expect(e?.country).toBe(entry.country ?? null);
          if (entry.wikidata) expect(e?.wikidata).toBe(entry.wikidata);
        }
        if (entry.wikidata) expect(entry.wikidata).toMatch(/^Q\d+$/);
        if (entry.country) expect(entry.country).toMatch(/^[A-Z][A-Z0-9]{1,5}$/);
      });
    }
  }
});

// A store for the server tests: the bundled examples plus two short reports of our own about one meeting (so an event
// has evidence in two reports), ingested once per test file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractRead, ingestReports, loadLexicon, openStore, type Report, type Store } from '../../src/index.js';

export const MEETING_REPORTS: Report[] = [
  {
    id: 'wire-a-geneva-meeting', source: 'https://wire-a.example/geneva-talks', published: '2025-03-12',
    text: 'GENEVA — Ukrainian President Volodymyr Zelenskyy met U.S. President Donald Trump in Geneva on Tuesday, ' +
      'March 11, 2025, to discuss a ceasefire proposal.\n\nThe two leaders talked for about an hour, aides said.',
  },
  {
    id: 'wire-b-geneva-meeting', source: 'https://wire-b.example/leaders-meet', published: '2025-03-12',
    text: 'Donald Trump and Volodymyr Zelenskyy held talks in Geneva on Tuesday, March 11, 2025.\n\n' +
      'Officials from both sides described the meeting as constructive but gave no details.',
  },
];

export function exampleReports(): Report[] {
  const dir = join(import.meta.dirname, '..', '..', 'examples');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
    id: f.replace(/\.txt$/, ''), source: `https://examples.parley.test/${f}`, text: readFileSync(join(dir, f), 'utf8'),
  }));
}

let lexicon: ReturnType<typeof loadLexicon> | undefined;
export const extract = (r: Report) => extractRead(r, [], { lexicon: (lexicon ??= loadLexicon()) });

export async function seededStore(path = ':memory:'): Promise<Store> {
  const store = (await openStore(path));
  await ingestReports(store, [...exampleReports(), ...MEETING_REPORTS], { extract });
  return store;
}

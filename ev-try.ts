import { extractReport, loadLexicon } from './src/index.js';
import { analyze } from './src/nlp/wink.js';
import { syntaxOf, describeSyntax } from './src/syntax/index.js';
import { findEntities } from './src/entities/index.js';
const lexicon = loadLexicon();
for (const text of process.argv.slice(2)) {
  const trace: any[] = [];
  const r = extractReport({ id: 't', text, source: null, published: '2025-06-01' } as any, { lexicon, trace: (e) => trace.push(e) });
  const a = analyze(r.text); const ents = findEntities(r.text, a, lexicon);
  for (const s of a.sentences) console.log(describeSyntax(syntaxOf(s, ents)));
  for (const t of trace.filter((t) => t.stage === 'events')) console.log('  ', t.outcome, t.rule, t.message);
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name;
  for (const e of r.events) console.log(' =>', e.event, e.modality, e.rule, JSON.stringify(r.text.slice(e.span[0], e.span[1])), e.actor.map(name), '→', e.recipient.map(name));
}

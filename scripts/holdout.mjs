#!/usr/bin/env node
// `npm run eval:holdout`: scores Parley on our own hold-out reports (test/fixtures/holdout/, one gold-NAME.json per set,
// each annotated blind before Parley ran on it) with the team's scorer (../shared/eval/run.mjs), set by set and all
// together. A set stops being unseen once anyone fixes rules on it: the first score of each set is in docs/holdout.md.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const dir = 'test/fixtures/holdout';
const runner = '../shared/eval/run.mjs';
if (!existsSync(runner)) { console.error(`eval:holdout: ${runner} not found (the scorer lives beside the project)`); process.exit(2); }
const sets = readdirSync(dir).filter((f) => /^gold-.*\.json$/.test(f)).sort();
const work = mkdtempSync(join(tmpdir(), 'parley-holdout-'));
const all = [];
for (const f of readdirSync(dir)) if (f.endsWith('.txt')) copyFileSync(join(dir, f), join(work, f));
for (const set of sets) {
  all.push(...JSON.parse(readFileSync(join(dir, set), 'utf8')));
  copyFileSync(join(dir, set), join(work, set));
}
writeFileSync(join(work, 'gold-all.json'), JSON.stringify(all));
for (const set of [...sets, 'gold-all.json']) {
  const out = execFileSync('node', [runner, join(work, set), '--keep', join(work, set.replace('.json', ''))], { encoding: 'utf8' });
  console.log(`${set.padEnd(36)} ${out.split('\n').find((l) => l.startsWith('events F1')) ?? out}`);
}

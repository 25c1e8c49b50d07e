// Tests elsewhere name rule ids in their expectations (`rule: 'coerce.detain'`): every id they name must exist, so a
// renamed or deleted rule cannot leave a test silently checking nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_RULES } from '../../src/events/rules/index.js';
import { DERIVED_RULES } from '../../src/events/derived.js';

const known = new Set<string>([...EVENT_RULES.map((r) => r.id), ...DERIVED_RULES]);
const PREFIXES = [...new Set([...known].map((id) => id.split('.')[0]))];
const ID = new RegExp(String.raw`'((?:${PREFIXES.join('|')})\.[a-z0-9.-]+)'`, 'g');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('rule ids named by tests', () => {
  it('all exist', () => {
    const missing: string[] = [];
    for (const f of files('test/events')) {
      if (f.endsWith('rule-ids.test.ts')) continue;
      for (const line of readFileSync(f, 'utf8').split('\n').filter((l) => l.includes('rule'))) {
        for (const m of line.matchAll(ID)) if (!known.has(m[1])) missing.push(`${f}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

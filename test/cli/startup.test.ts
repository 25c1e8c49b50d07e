// The CLI loads only what a command needs: `--help` and the store-only commands must not load the extraction
// pipeline (wink model, entity lexicon, chrono), the server, or the HTML readers. Each case runs the CLI from src/ in a
// child process with a loader hook that lists every module loaded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { EXPORT_FORMATS } from '../../src/export/index.js';
import { main } from '../../src/cli/main.js';

const HEAVY = /wink-nlp|wink-eng-lite-web-model|chrono-node|linkedom|@mozilla\/readability|@hono|\/hono\/|\/src\/(nlp|entities|server|pipeline)\b|\/src\/clean\/index/;

function loaderDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-loads-'));
  writeFileSync(join(dir, 'hook.mjs'), `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.PARLEY_LOADS_FILE, url + '\\n'); return next(url, context); }\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hook.mjs')).href)});\n`);
  return dir;
}

function loadedBy(argv: string[]): { status: number | null; loads: string[]; stderr: string } {
  const dir = loaderDir();
  const loadsFile = join(dir, 'loads.txt');
  writeFileSync(loadsFile, '');
  const script = `import { main } from ${JSON.stringify(pathToFileURL(resolve('src/cli/main.ts')).href)};
const io = { stdout: () => {}, stderr: (s) => process.stderr.write(s), stdin: async function* () {} };
process.exitCode = await main(${JSON.stringify(argv)}, io);`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', pathToFileURL(join(dir, 'register.mjs')).href, '--input-type=module', '-e', script], {
    encoding: 'utf8', env: { ...process.env, PARLEY_LOADS_FILE: loadsFile },
  });
  return { status: r.status, loads: readFileSync(loadsFile, 'utf8').split('\n').filter(Boolean), stderr: r.stderr };
}

async function emptyStore(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'parley-startup-')), 'p.db');
  await (await openStore(db)).close();
  return db;
}

describe('CLI start-up loads only what the command needs', () => {
  it('--help loads no library part beyond the command definitions', async () => {
    const r = loadedBy(['--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.loads.some((u) => u.includes('/src/cli/main.ts'))).toBe(true);
    expect(r.loads.filter((u) => HEAVY.test(u))).toEqual([]);
    expect(r.loads.filter((u) => /\/src\/(store|brief|query)\/|\/src\/export\/index/.test(u))).toEqual([]);
  });

  it.each([['brief'], ['events'], ['contacts'], ['quotes'], ['claims'], ['disputes'], ['search', 'talks'], ['export'], ['processes'], ['entities']])(
    '%s reads the store without loading the wink model, lexicon or server', async (...cmd: string[]) => {
      const r = loadedBy([...cmd, '--db', await emptyStore(), ...(cmd[0] === 'brief' ? [] : ['--format', 'json'])]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.loads.some((u) => u.includes('/src/store/'))).toBe(true);
      expect(r.loads.filter((u) => HEAVY.test(u))).toEqual([]);
    });

  it('extract does load the pipeline (the check above can see it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-startup-'));
    writeFileSync(join(dir, 'r.txt'), 'Envoys met in Oslo on Monday.');
    const r = loadedBy(['extract', join(dir, 'r.txt')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.loads.some((u) => /wink-eng-lite-web-model/.test(u))).toBe(true);
  });

  it('export offers exactly the formats the library writes', async () => {
    let out = '';
    await main(['export', '--help'], { stdout: (s) => { out += s; }, stderr: () => {}, stdin: async function* () {} });
    const offered = /choices: ((?:"\w+",? ?)+)/.exec(out.replace(/\s+/g, ' '))?.[1];
    expect(offered?.split(',').map((x) => x.trim().replace(/"/g, '')).filter(Boolean)).toEqual([...EXPORT_FORMATS]);
  });
});

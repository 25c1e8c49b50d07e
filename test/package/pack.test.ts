// What a researcher gets from the registry: the packed tarball, installed into an empty folder, must give a working
// `parley` command and an importable, typed library. Needs the build (`npm run build`, which `npm ci` runs).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let app = '';
let files: string[] = [];

beforeAll(() => {
  if (!existsSync(join(root, 'dist/src/index.d.ts'))) execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')]);
  const dir = mkdtempSync(join(tmpdir(), 'parley-pack-'));
  // The build already ran: --ignore-scripts keeps `prepare` from building again.
  const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
  files = packed[0].files.map((f: { path: string }) => f.path);
  app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // Dependencies come from npm's cache when it has them. Install scripts are skipped: better-sqlite3's would compile
  // its addon for minutes, so the addon this checkout already built for this machine (same version) is copied in.
  execFileSync(npm, ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', join(dir, packed[0].filename)], { cwd: app, stdio: 'pipe' });
  cpSync(join(root, 'node_modules/better-sqlite3/build'), join(app, 'node_modules/better-sqlite3/build'), { recursive: true });
}, 300_000);

const parley = (args: string[], input?: string) =>
  spawnSync(join(app, 'node_modules/.bin/parley'), args, { cwd: app, encoding: 'utf8', input });

describe('the packed package', () => {
  it('ships the build, the data, the schema and the dashboard, and no sources or tests', () => {
    for (const f of ['bin/parley.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/cli/main.js', 'dist/web/index.html',
      'data/people.json', 'schema/plover-event.schema.json', 'docs/record.md', 'docs/api.md', 'package.json', 'README.md']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|web)\//.test(f) || /\.test\./.test(f))).toEqual([]);
  });

  it('installs a parley command that reports its version and extracts a report', () => {
    expect(parley(['--version']).stdout.trim()).toBe(pkg.version);
    const r = parley(['extract', '--published', '2025-03-02', '-'], 'Envoys of both sides met in Geneva on Tuesday to discuss a truce.\n');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).doc.published).toBe('2025-03-02');
  });

  it('ingests into a store and exports Parquet through the installed DuckDB (no download beyond npm)', () => {
    const db = join(app, 'p.db');
    const text = 'Envoys of both sides met in Geneva on Tuesday to discuss a truce.\n';
    expect(parley(['--db', db, 'ingest', '--quiet', '--published', '2025-03-02', '-'], text).status).toBe(0);
    const r = parley(['--db', db, 'export', '--format', 'parquet', '--table', 'polecat', '--out', join(app, 'pairs.parquet')]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(app, 'pairs.parquet')).subarray(0, 4).toString()).toBe('PAR1');
  });

  it('imports the library from an ES module', () => {
    writeFileSync(join(app, 'use.mjs'), `import { extract, ingest, openStore, brief, exportEvents, PLOVER_EVENTS } from '${pkg.name}';
const report = { id: 'r1', source: 'https://news.example.org/a', published: '2025-03-02', text: 'Envoys of both sides met in Geneva on Tuesday.' };
const record = extract(report);
const store = await openStore(':memory:');
const sum = await ingest(store, [report]);
let lines = 0;
await exportEvents(store, { format: 'plover' }, () => { lines++; });
const counts = await store.counts();
console.log(JSON.stringify({ doc: record.doc.id, added: sum.added, reports: counts.reports, events: PLOVER_EVENTS.length,
  exported: lines === counts.events, briefs: Array.isArray(await brief(store)) }));
await store.close();\n`);
    const r = spawnSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ doc: 'r1', added: 1, reports: 1, events: 16, exported: true, briefs: true });
  });

  it('gives TypeScript users the record types', () => {
    writeFileSync(join(app, 'use.ts'), `import { extract, openStore, type ExtractionRecord, type Store, type EventView, type PloverRecord } from '${pkg.name}';
const store: Store = await openStore(':memory:');
const record: ExtractionRecord = extract('Envoys met in Geneva on Tuesday.');
const quad = (p: PloverRecord): 1 | 2 | 3 | 4 => p.quad_code;
const first = (r: ExtractionRecord): string | undefined => r.events[0]?.event;
// @ts-expect-error: a record has no such field, so a typo must not compile (proves the types are real, not any)
const wrong = (r: ExtractionRecord) => r.evnts;
const view: Pick<EventView, 'event'> = { event: 'CONSULT' };
export { store, record, quad, first, wrong, view };\n`);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true,
        skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] },
      files: ['use.ts'],
    }));
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

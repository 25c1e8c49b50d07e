// The package's own version, read from its package.json (two levels up from src/cli under tsx, three from dist/src/cli).
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'parley-record' && pkg.version) return pkg.version;
    } catch { /* try the next location */ }
  }
  return '0.0.0';
}

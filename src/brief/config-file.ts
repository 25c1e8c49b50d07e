// Finds and reads parley.yml: the path given, else ./parley.yml when it exists, else no configuration.
import { existsSync, readFileSync } from 'node:fs';
import { ConfigError, parseConfig, type ParleyConfig } from './config.js';

export function loadConfigFile(path?: string): ParleyConfig | undefined {
  const file = path ?? (existsSync('parley.yml') ? 'parley.yml' : undefined);
  if (!file) return undefined;
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new ConfigError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`); }
  return parseConfig(text, file);
}

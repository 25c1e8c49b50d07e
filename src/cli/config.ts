// parley.yml for the commands that take --config, loaded (with the brief library) only when such a command runs.
import type { ParleyConfig } from '../brief/index.js';
import { UsageError } from './command.js';

export async function loadConfig(file: string | undefined): Promise<ParleyConfig | undefined> {
  const { ConfigError, loadConfigFile } = await import('../brief/index.js');
  try {
    return loadConfigFile(file);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

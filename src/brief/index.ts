export { brief, listProcesses, UnknownProcessError, type BriefOptions } from './brief.js';
export { parseConfig, applyConfig, findProcess, ConfigError, type ParleyConfig, type ProcessConfig } from './config.js';
export { renderBrief, processLine, MARKDOWN_VERSION } from './markdown.js';
export { loadConfigFile } from './config-file.js';
export type * from './types.js';
export { processFilter, type ProcessFilter } from './filter.js';

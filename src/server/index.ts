// The dashboard server, for the CLI (parley serve / demo) and tests.
export { createApp, type ServerDeps } from './app.js';
export { buildOpenApi } from './openapi.js';
export { libraryBrief, type BriefApi } from './brief.js';
export { defaultWebRoot } from './static.js';
export { tokenMatches, CONTENT_SECURITY_POLICY, MAX_BODY_BYTES } from './security.js';

export { loadGazetteer, type Gazetteer } from './gazetteer.js';
export { resolvePlace, type ResolvedPlace } from './resolve.js';
export { GEO_RULES } from './geo.data.js';

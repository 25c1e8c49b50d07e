// Who acts and who is acted on, read from the sentence's shallow syntax: for a verb trigger its subject, object and
// by-agent; for a noun trigger its possessor, the prepositional phrases that hang on it, or the subject of the light
// verb it is the object of ("launched an attack on X"). No character windows: only chunks, verb groups and links.
// The readers live in their own modules: verb-roles (verb triggers), noun-roles (noun triggers), phrase-parties (what
// a phrase names), subject-links (who a missing subject is), party-offices, role-index (syntax look-ups).
export { DEFAULT_RECIPIENT_PREPS, type RoleOptions, type Roles } from './role-options.js';
export { chunkParties } from './phrase-parties.js';
export { speakerOf } from './subject-links.js';
export { verbRoles } from './verb-roles.js';
export { nounRoles } from './noun-roles.js';

// The commands that work on the store (ingest, queries, export), for main.ts to register.
export { ingestCommand } from './ingest.js';
export { eventsCommand } from './events.js';
export { contactsCommand } from './contacts.js';
export { quotesCommand } from './quotes.js';
export { claimsCommand } from './claims.js';
export { disputesCommand } from './disputes.js';
export { searchCommand } from './search.js';
export { entitiesCommand } from './entities.js';
export { exportCommand } from './export.js';
